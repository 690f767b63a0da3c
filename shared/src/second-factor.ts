import { grants, PERMISSIONS, type Permission } from './permissions.js';
import type { PanelRole } from './roles.js';

/**
 * The second factor: a time-based code from an authenticator app (RFC 6238 with the defaults every app supports),
 * or one of ten single-use recovery codes.
 */
export const SECOND_FACTOR = {
  digits: 6,
  periodSeconds: 30,
  /** Codes of the step before and after the current one are accepted too, for clocks a little out. */
  window: 1,
  /** Wrong codes allowed in one session before it ends. */
  maxWrongCodes: 5,
  recoveryCodeCount: 10,
  recoveryCodeLength: 10,
  /** Recovery codes use no letters or digits that are easily mistaken for each other (0/O, 1/I/L, 5/S, 8/B, 2/Z). */
  recoveryAlphabet: 'ACDEFGHJKMNPQRTUVWXY34679',
} as const;

/** What reaching the panel's personal data takes: whoever could see it must prove a second factor. */
const PERSONAL_DATA_PERMISSIONS: readonly Permission[] = [PERMISSIONS.PERSONAL_DATA_READ, PERMISSIONS.INTELLIGENCE_READ];

export interface SecondFactorSubject {
  isAdmin: boolean;
  agencyAllowsPersonalData: boolean;
  roles: readonly PanelRole[];
}

/**
 * Whether a person must have a second factor: a system administrator, or anyone whose role in any panel lets them
 * read personal data or intelligence (given their agency's information-sharing agreement). The API's gate and the
 * web's pages read this one rule.
 */
export function secondFactorRequired(subject: SecondFactorSubject): boolean {
  if (subject.isAdmin) return true;
  return subject.roles.some((role) => PERSONAL_DATA_PERMISSIONS.some((p) => grants(role, p, subject.agencyAllowsPersonalData)));
}

/** The permissions that answer while a session still waits for its second factor. */
export const SECOND_FACTOR_PENDING_PERMISSIONS: readonly Permission[] = [
  PERMISSIONS.SESSION_CREATE,
  PERMISSIONS.SESSION_READ,
  PERMISSIONS.SESSION_END,
  PERMISSIONS.SECOND_FACTOR_ENROL,
  PERMISSIONS.SECOND_FACTOR_VERIFY,
];

/** A key or code shown in groups of four (or `size`), for reading aloud or typing. */
export function groupCharacters(text: string, size = 4): string {
  return (text.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join(' ');
}

/** A code as typed: spaces and hyphens dropped, capitals. */
export function normaliseCode(text: string): string {
  return text.replace(/[\s-]+/g, '').toUpperCase();
}

/** A recovery code as shown: two groups of five. */
export function formatRecoveryCode(code: string): string {
  return groupCharacters(code, SECOND_FACTOR.recoveryCodeLength / 2).replace(' ', '-');
}

/** What a session still has to do for its second factor: set up an app, give a code, or nothing. */
export function secondFactorStep(state: { enrolled: boolean; required: boolean; verified: boolean }): 'SET_UP' | 'CODE' | null {
  if (state.verified) return null;
  if (state.enrolled) return 'CODE';
  return state.required ? 'SET_UP' : null;
}
