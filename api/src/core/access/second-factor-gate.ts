import { SECOND_FACTOR_PENDING_PERMISSIONS, secondFactorRequired, type Permission } from '@sentinel/shared';
import { AppError } from '../errors/app-error.js';
import type { Viewer } from './request-context.js';

export interface SecondFactorState {
  enrolled: boolean;
  required: boolean;
  verified: boolean;
}

/** Where a session stands with the second factor, read from the viewer its session gave. */
export function secondFactorState(viewer: Viewer): SecondFactorState {
  return {
    enrolled: viewer.secondFactorEnrolled,
    required: secondFactorRequired({
      isAdmin: viewer.isAdmin,
      agencyAllowsPersonalData: viewer.agencyAllowsPersonalData,
      roles: viewer.memberships.map((m) => m.role),
    }),
    verified: viewer.secondFactorAt !== null,
  };
}

/**
 * A session is complete once it proved a second factor (a code, or single sign-on asserting one), or when the
 * person has none and needs none.
 */
export function sessionComplete(viewer: Viewer): boolean {
  const state = secondFactorState(viewer);
  return state.verified || (!state.enrolled && !state.required);
}

/**
 * Until the session is complete, only signing in and out, reading who one is, setting up an app and giving a code
 * answer: everything else is SECOND_FACTOR_REQUIRED. HTTP routes call it with no permission.
 */
export function requireSecondFactor(viewer: Viewer, permission: Permission | null): void {
  if (sessionComplete(viewer)) return;
  if (permission && SECOND_FACTOR_PENDING_PERMISSIONS.includes(permission)) return;
  throw AppError.secondFactorRequired();
}
