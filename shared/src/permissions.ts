import type { PanelRole, RegionRole } from './roles.js';

/**
 * Every root field of the API names one of these permissions. The policy below is the only place that says
 * who holds which; the API's guard, its services and the web's navigation all read it.
 */
export const PERMISSIONS = {
  SESSION_CREATE: 'session:create',
  SESSION_READ: 'session:read',
  SESSION_END: 'session:end',
  OWN_PASSWORD_CHANGE: 'own-password:change',
  /** Setting a password with a link from an invitation or a reset mail, and asking for a reset link. */
  ACCOUNT_RECOVER: 'account:recover',
  SECOND_FACTOR_ENROL: 'second-factor:enrol',
  SECOND_FACTOR_VERIFY: 'second-factor:verify',
  OWN_SECOND_FACTOR_CHANGE: 'own-second-factor:change',
  SECOND_FACTOR_RESET: 'second-factor:reset',
  PANEL_READ: 'panel:read',
  PANEL_MANAGE: 'panel:manage',
  USER_READ_ALL: 'user:read-all',
  PANEL_CONFIGURE: 'panel:configure',
  IDENTITY_PROVIDER_MANAGE: 'identity-provider:manage',
  AGENCY_READ: 'agency:read',
  AGENCY_MANAGE: 'agency:manage',
  MEMBER_READ: 'member:read',
  MEMBER_MANAGE: 'member:manage',
  AUDIT_READ: 'audit:read',
  OCG_READ: 'ocg:read',
  OCG_WRITE: 'ocg:write',
  PERSONAL_DATA_READ: 'personal-data:read',
  INTELLIGENCE_READ: 'intelligence:read',
  INTELLIGENCE_WRITE: 'intelligence:write',
  PLAN_WRITE: 'plan:write',
  DISRUPTION_WRITE: 'disruption:write',
  REFERRAL_CREATE: 'referral:create',
  REFERRAL_ASSESS: 'referral:assess',
  RECORD_SEARCH: 'record:search',
  RECORD_IMPORT: 'record:import',
  RECORD_EXPORT: 'record:export',
  TASK_READ: 'task:read',
  TASK_READ_ALL: 'task:read-all',
  TASK_UPDATE_OWN_AGENCY: 'task:update-own-agency',
  TASK_MANAGE: 'task:manage',
  TASK_EXPORT: 'task:export',
  OWN_SETTINGS_CHANGE: 'own-settings:change',
  MEETING_READ: 'meeting:read',
  MEETING_REPLY: 'meeting:reply',
  MEETING_MANAGE: 'meeting:manage',
  MINUTES_APPROVE: 'minutes:approve',
  THREAT_RAISE: 'emerging-threat:raise',
  ASSESSMENT_READ: 'assessment:read',
  THREAT_PICTURE_READ: 'threat-picture:read',
  OUTCOME_REPORT_READ: 'outcome-report:read',
  /** Answering hit or no hit, for one's own agency, to the subjects circulated before a meeting. */
  HIT_CHECK_ANSWER: 'hit-check:answer',
  /** A region's figures across its panels, in aggregate (held by a region's analysts). */
  REGION_READ: 'region:read',
  /** Regions created and changed, their panels and analysts named (the system administrator). */
  REGION_MANAGE: 'region:manage',
  /**
   * The data protection officer's reading of a panel's audit trail and s.62 log, and the subject-access report of a
   * nominal (every record held and every consultation and disclosure of them), with the nominal's names it needs.
   */
  DATA_PROTECTION_READ: 'data-protection:read',
  /** The panel's hits with other panels (who else holds the same person, vehicle or group), without their details. */
  CROSS_PANEL_MATCH_READ: 'cross-panel-match:read',
  /** Agreeing to share, or declining, a hit's details with the other panel (its single point of contact: the chair). */
  CROSS_PANEL_MATCH_RESOLVE: 'cross-panel-match:resolve',
  /** Reviewing the groups and nominals whose review date has come, as their lead officer (MoPI review and retention). */
  RECORD_REVIEW: 'record:review',
  /** Reviewing every record of the panel whose review date has come, whoever leads it. */
  RECORD_REVIEW_ALL: 'record:review-all',
} as const;
export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];
export const ALL_PERMISSIONS: readonly Permission[] = Object.values(PERMISSIONS);

const P = PERMISSIONS;

/** Held by anyone, signed in or not. */
export const ANONYMOUS_PERMISSIONS: readonly Permission[] = [P.SESSION_CREATE, P.ACCOUNT_RECOVER];

/** Held by every signed-in user, whatever their panels. */
export const SIGNED_IN_PERMISSIONS: readonly Permission[] = [
  P.SESSION_CREATE,
  P.SESSION_READ,
  P.SESSION_END,
  P.OWN_PASSWORD_CHANGE,
  P.OWN_SETTINGS_CHANGE,
  P.ACCOUNT_RECOVER,
  P.SECOND_FACTOR_ENROL,
  P.SECOND_FACTOR_VERIFY,
  P.OWN_SECOND_FACTOR_CHANGE,
];

/**
 * Tasks: everyone sees their own agency's; police roles and observers see the whole panel's; members update
 * their own agency's; the chair and coordinator allocate, reallocate, change due dates and close any.
 */
const MEMBER_BASE: readonly Permission[] = [
  P.PANEL_READ,
  P.AGENCY_READ,
  P.MEMBER_READ,
  P.OCG_READ,
  P.RECORD_SEARCH,
  P.TASK_READ,
  P.MEETING_READ,
  P.MEETING_REPLY,
  P.THREAT_RAISE,
  P.ASSESSMENT_READ,
  P.THREAT_PICTURE_READ,
  P.OUTCOME_REPORT_READ,
];
const RECORD_KEEPER: readonly Permission[] = [
  P.OCG_WRITE,
  P.PERSONAL_DATA_READ,
  P.INTELLIGENCE_READ,
  P.INTELLIGENCE_WRITE,
  P.PLAN_WRITE,
  P.DISRUPTION_WRITE,
  P.REFERRAL_CREATE,
  P.REFERRAL_ASSESS,
  P.RECORD_IMPORT,
  P.RECORD_EXPORT,
  P.TASK_READ_ALL,
  P.TASK_UPDATE_OWN_AGENCY,
  P.TASK_EXPORT,
  P.HIT_CHECK_ANSWER,
  P.RECORD_REVIEW,
];
/** Running the panel: its agencies, members, tasks and meetings, and its own settings (the scoring scale and tiers). */
const PANEL_MANAGER: readonly Permission[] = [
  P.AGENCY_MANAGE,
  P.MEMBER_MANAGE,
  P.AUDIT_READ,
  P.TASK_MANAGE,
  P.MEETING_MANAGE,
  P.PANEL_CONFIGURE,
  P.RECORD_REVIEW_ALL,
];
/** Hit/no-hit with other panels: the chair and coordinator see the panel's hits and agree to share details. */
const MATCH_CONTACT: readonly Permission[] = [P.CROSS_PANEL_MATCH_READ, P.CROSS_PANEL_MATCH_RESOLVE];

/** Held within one panel, by role in that panel. */
export const ROLE_PERMISSIONS: Record<PanelRole, readonly Permission[]> = {
  CHAIR: [...MEMBER_BASE, ...RECORD_KEEPER, ...PANEL_MANAGER, ...MATCH_CONTACT, P.MINUTES_APPROVE, P.SECOND_FACTOR_RESET],
  COORDINATOR: [...MEMBER_BASE, ...RECORD_KEEPER, ...PANEL_MANAGER, ...MATCH_CONTACT],
  POLICE_MEMBER: [...MEMBER_BASE, ...RECORD_KEEPER],
  PARTNER_MEMBER: [
    ...MEMBER_BASE,
    P.PERSONAL_DATA_READ,
    P.INTELLIGENCE_READ,
    P.INTELLIGENCE_WRITE,
    P.DISRUPTION_WRITE,
    P.REFERRAL_CREATE,
    P.RECORD_EXPORT,
    P.TASK_UPDATE_OWN_AGENCY,
    P.TASK_EXPORT,
    P.HIT_CHECK_ANSWER,
  ],
  OBSERVER: [...MEMBER_BASE, P.TASK_READ_ALL],
  /**
   * Reads the panel's audit trail and consultation log and answers subject access; sees names only on those
   * screens (each one logged), and none of the panel's records, tasks or meetings otherwise.
   */
  DATA_PROTECTION_OFFICER: [P.PANEL_READ, P.AGENCY_READ, P.MEMBER_READ, P.AUDIT_READ, P.DATA_PROTECTION_READ],
};

/**
 * Personal data of nominals, and the intelligence that carries it, reach partner agencies only while their
 * information-sharing agreement is in force and covers personal data. Police roles are not gated.
 */
export const ISA_GATED_PERMISSIONS: readonly Permission[] = [P.PERSONAL_DATA_READ, P.INTELLIGENCE_READ];
export const ISA_GATED_ROLES: readonly PanelRole[] = ['PARTNER_MEMBER', 'OBSERVER'];

/** Whether a role grants a permission, given whether the member's agency may receive personal data. */
export function grants(role: PanelRole, permission: Permission, agencyAllowsPersonalData: boolean): boolean {
  if (!ROLE_PERMISSIONS[role].includes(permission)) return false;
  if (ISA_GATED_ROLES.includes(role) && ISA_GATED_PERMISSIONS.includes(permission)) return agencyAllowsPersonalData;
  return true;
}

/** Everything a role grants, given the member's agency's agreement. */
export function grantedPermissions(role: PanelRole, agencyAllowsPersonalData: boolean): Permission[] {
  return ROLE_PERMISSIONS[role].filter((p) => grants(role, p, agencyAllowsPersonalData));
}

/**
 * The system administrator runs the deployment: creates and disables panels, reads the list of users across them
 * and registers single sign-on providers. Held by no panel role, scoped by no panel.
 */
export const ADMIN_PERMISSIONS: readonly Permission[] = [P.PANEL_MANAGE, P.USER_READ_ALL, P.IDENTITY_PROVIDER_MANAGE, P.REGION_MANAGE];

/**
 * Held within one region (a regional organised crime unit, or a national unit such as Opal), by role there. A
 * region's analysts read its panels' figures in aggregate, never a panel's records.
 */
export const REGION_ROLE_PERMISSIONS: Record<RegionRole, readonly Permission[]> = {
  ANALYST: [P.REGION_READ],
};

/** Permissions that are checked against a region. */
export const REGION_SCOPED_PERMISSIONS: readonly Permission[] = [P.REGION_READ];

/**
 * What the system administrator holds in every panel, a member of it or not: its agencies and members, so that
 * they can name a panel's chair and help its chair with accounts. Never its records: groups, nominals,
 * intelligence, tasks, meetings, reports and the audit need a panel role, as for anyone else.
 */
export const ADMIN_PANEL_PERMISSIONS: readonly Permission[] = [P.PANEL_READ, P.AGENCY_READ, P.AGENCY_MANAGE, P.MEMBER_READ, P.MEMBER_MANAGE];

/** Permissions that are checked against a panel (the rest are about the caller alone, or the deployment). */
export const PANEL_SCOPED_PERMISSIONS: readonly Permission[] = ALL_PERMISSIONS.filter(
  (p) => !SIGNED_IN_PERMISSIONS.includes(p) && !ADMIN_PERMISSIONS.includes(p) && !REGION_SCOPED_PERMISSIONS.includes(p),
);

/** Everything a system administrator holds in one panel, with their role there if they have one. */
export function adminPanelPermissions(role: PanelRole | null, agencyAllowsPersonalData: boolean): Permission[] {
  const held = new Set<Permission>([...ADMIN_PANEL_PERMISSIONS, ...(role ? grantedPermissions(role, agencyAllowsPersonalData) : [])]);
  return ALL_PERMISSIONS.filter((p) => held.has(p));
}

export function roleHolds(role: PanelRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
