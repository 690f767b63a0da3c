import { PERMISSIONS } from '@sentinel/shared';
import type { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';

/**
 * Who sees which agenda item, in one place for the agenda, the live meeting, the pack and the minutes. An item
 * restricted to some agencies is shown only to members of those agencies and to those who run the meeting;
 * to anyone else it is not there at all.
 */
export function seesAgendaItem(
  access: AccessService,
  ctx: RequestContext,
  item: { panelId: string; restrictedTo: readonly string[] },
  forAgencyId?: string | null,
): boolean {
  const viewer = access.requireViewer(ctx);
  if (item.restrictedTo.length === 0) return true;
  const agency = forAgencyId === undefined ? viewer.agencyId : forAgencyId;
  if (forAgencyId === undefined && access.holdsInPanel(viewer, item.panelId, PERMISSIONS.MEETING_MANAGE)) return true;
  return Boolean(agency && item.restrictedTo.includes(agency));
}

/**
 * The same rule as SQL for items aliased `alias` (bind :itemAgency and :runsMeeting): for a pack or minutes built
 * for one agency pass that agency and runsMeeting = false.
 */
export function visibleItemsSql(alias = 'ai'): string {
  return `(cardinality(${alias}.restricted_to) = 0 OR CAST(:runsMeeting AS boolean) OR CAST(:itemAgency AS uuid) = ANY(${alias}.restricted_to))`;
}
