import { PERMISSIONS, type Permission } from './permissions.js';

/**
 * Who may act on a record that belongs to an agency (a task allocated to it, a disruption it carried out,
 * intelligence it submitted): anyone holding `any` on the panel, or a member of that very agency holding `own`
 * (when the operation's own permission is checked before, `own` is left out).
 * The API enforces it; the web asks the same question to show only what the viewer may do.
 */
export type AgencyRight = { any: Permission; own?: Permission };

export const AGENCY_RIGHTS = {
  /** Correcting a disruption in the ledger: record keepers any, partners their own agency's. */
  changeDisruption: { any: PERMISSIONS.OCG_WRITE, own: PERMISSIONS.DISRUPTION_WRITE },
  /** Recording a disruption or intelligence in an agency's name: record keepers any agency, others only their own. */
  actForAgency: { any: PERMISSIONS.OCG_WRITE },
  /** Posting an update or changing the status of a task. */
  updateTask: { any: PERMISSIONS.TASK_MANAGE, own: PERMISSIONS.TASK_UPDATE_OWN_AGENCY },
} as const satisfies Record<string, AgencyRight>;

export function mayActForAgency(
  holds: (permission: Permission) => boolean,
  viewerAgencyId: string | null | undefined,
  recordAgencyId: string | null | undefined,
  right: AgencyRight,
): boolean {
  if (holds(right.any)) return true;
  return Boolean(recordAgencyId) && recordAgencyId === viewerAgencyId && (!right.own || holds(right.own));
}
