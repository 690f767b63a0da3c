import { PERMISSIONS, roleHolds } from './permissions.js';
import { PANEL_ROLES, type PanelRole } from './roles.js';

/** Who acts on a panel's members: the system administrator, their role on that panel, or nobody (null). */
export type MemberManager = PanelRole | 'ADMIN' | null;

/**
 * The role ceiling. Whoever manages members may act on memberships, and give roles, up to COORDINATOR; only a
 * chair of the panel (or the system administrator) gives, takes away or otherwise touches the chair role. The
 * API refuses by this rule and the web offers only what it allows.
 */
export function canManageRole(actor: MemberManager, target: PanelRole): boolean {
  if (actor === 'ADMIN') return true;
  if (!actor || !roleHolds(actor, PERMISSIONS.MEMBER_MANAGE)) return false;
  return target !== 'CHAIR' || actor === 'CHAIR';
}

/** The roles an actor may give, in the usual order. */
export function grantableRoles(actor: MemberManager): PanelRole[] {
  return PANEL_ROLES.filter((role) => canManageRole(actor, role));
}

/** The actor for a panel: the administrator wherever they act, otherwise their role there. */
export function memberManager(isAdmin: boolean, role: PanelRole | null | undefined): MemberManager {
  return isAdmin ? 'ADMIN' : (role ?? null);
}
