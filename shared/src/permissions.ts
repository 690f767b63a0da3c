import type { PanelRole } from './roles.js';

/**
 * Every root field of the API names one of these permissions. The policy below is the only place that says
 * who holds which; the API's guard, its services and the web's navigation all read it.
 */
export const PERMISSIONS = {
  SESSION_CREATE: 'session:create',
  SESSION_READ: 'session:read',
  SESSION_END: 'session:end',
  OWN_PASSWORD_CHANGE: 'own-password:change',
  PANEL_READ: 'panel:read',
  PANEL_MANAGE: 'panel:manage',
  AGENCY_READ: 'agency:read',
  AGENCY_MANAGE: 'agency:manage',
  MEMBER_READ: 'member:read',
  MEMBER_MANAGE: 'member:manage',
  AUDIT_READ: 'audit:read',
} as const;
export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];
export const ALL_PERMISSIONS: readonly Permission[] = Object.values(PERMISSIONS);

const P = PERMISSIONS;

/** Held by anyone, signed in or not. */
export const ANONYMOUS_PERMISSIONS: readonly Permission[] = [P.SESSION_CREATE];

/** Held by every signed-in user, whatever their panels. */
export const SIGNED_IN_PERMISSIONS: readonly Permission[] = [
  P.SESSION_CREATE,
  P.SESSION_READ,
  P.SESSION_END,
  P.OWN_PASSWORD_CHANGE,
];

const MEMBER_BASE: readonly Permission[] = [P.PANEL_READ, P.AGENCY_READ, P.MEMBER_READ];

/** Held within one panel, by role in that panel. */
export const ROLE_PERMISSIONS: Record<PanelRole, readonly Permission[]> = {
  CHAIR: [...MEMBER_BASE, P.AGENCY_MANAGE, P.MEMBER_MANAGE, P.AUDIT_READ],
  COORDINATOR: [...MEMBER_BASE, P.AGENCY_MANAGE, P.MEMBER_MANAGE, P.AUDIT_READ],
  POLICE_MEMBER: [...MEMBER_BASE],
  PARTNER_MEMBER: [...MEMBER_BASE],
  OBSERVER: [...MEMBER_BASE],
};

/** The system administrator holds every panel permission in every panel, and creates panels. */
export const ADMIN_PERMISSIONS: readonly Permission[] = ALL_PERMISSIONS;

/** Permissions that are checked against a panel (the rest are about the caller alone). */
export const PANEL_SCOPED_PERMISSIONS: readonly Permission[] = [
  P.PANEL_READ,
  P.AGENCY_READ,
  P.AGENCY_MANAGE,
  P.MEMBER_READ,
  P.MEMBER_MANAGE,
  P.AUDIT_READ,
];

export function roleHolds(role: PanelRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
