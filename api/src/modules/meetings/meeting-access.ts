import { PERMISSIONS, type MeetingStatus } from '@sentinel/shared';
import type { AccessService, PanelScope } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import type { MeetingEntity } from './meeting.entity.js';

/*
 * The one rule for who sees a meeting's agenda items, used by the agenda, the meeting's current item, the live
 * meeting, the projector, the agenda pack and the minutes (screen, PDF and Word):
 * - until the agenda is published it is the working draft of those who run the panel's meetings (the chair and
 *   coordinator, and the system administrator); to everyone else the meeting's agenda does not exist yet;
 * - an item restricted to some agencies is shown only to members of those agencies and to those who run the
 *   meeting; to anyone else it is not there at all, and neither is anything hanging from it (the tasks raised at
 *   it or put under it, the groups it reviews).
 * Who runs a meeting is read from the policy (MEETING_MANAGE), so a chair's own pack and minutes hold every item.
 */

/** Who items are shown to: the panels whose meetings they run, and their agency. */
export interface ItemAudience {
  runs: PanelScope;
  agencyId: string | null;
}

/** The meeting-room screen: everyone in the room at once, so no one who runs it and no agency in particular. */
export const ROOM_AUDIENCE: ItemAudience = { runs: { all: false, panelIds: [] }, agencyId: null };

/** The server itself, building one live event for every subscriber; each copy is shaped by `seesItem` before it leaves. */
export const SERVER_AUDIENCE: ItemAudience = { runs: { all: true }, agencyId: null };

const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

export function itemAudience(access: AccessService, ctx: RequestContext): ItemAudience {
  const viewer = access.requireViewer(ctx);
  return { runs: access.scope(ctx, PERMISSIONS.MEETING_MANAGE), agencyId: viewer.agencyId };
}

function runs(audience: ItemAudience, panelId: string): boolean {
  return audience.runs.all || audience.runs.panelIds.includes(panelId);
}

/**
 * Whether the agenda has been published. A meeting cancelled before publication never had a published agenda;
 * every status after publication has one, whatever its timestamps say.
 */
export function agendaPublished(meeting: { status: MeetingStatus; agendaPublishedAt: Date | null }): boolean {
  if (meeting.status === 'PLANNED') return false;
  if (meeting.status === 'CANCELLED') return meeting.agendaPublishedAt !== null;
  return true;
}

/** Whether this audience may read the meeting's agenda at all. */
export function readsAgenda(audience: ItemAudience, meeting: Pick<MeetingEntity, 'panelId' | 'status' | 'agendaPublishedAt'>): boolean {
  return agendaPublished(meeting) || runs(audience, meeting.panelId);
}

/** Whether this audience sees one item of an agenda it reads. */
export function seesItem(audience: ItemAudience, item: { panelId: string; restrictedTo: readonly string[] }): boolean {
  if (item.restrictedTo.length === 0 || runs(audience, item.panelId)) return true;
  return audience.agencyId !== null && item.restrictedTo.includes(audience.agencyId);
}

declare const CHECKED: unique symbol;

/**
 * A meeting together with the audience its agenda is shown to. Only `agendaView` makes one, so any code holding
 * an AgendaView has had the draft rule applied; the item readers (the agenda's `load`, the pack) take nothing else.
 */
export interface AgendaView {
  readonly meeting: MeetingEntity;
  readonly audience: ItemAudience;
  readonly [CHECKED]: true;
}

/** The meeting's agenda as this audience sees it; NOT_FOUND, exactly as for a missing meeting, while it is a draft they may not read. */
export function agendaView(meeting: MeetingEntity, audience: ItemAudience): AgendaView {
  if (!readsAgenda(audience, meeting)) throw AppError.notFound('Meeting');
  return { meeting, audience } as AgendaView;
}

/**
 * `seesItem` as SQL on items aliased `alias`, NULL-free so that it can be negated. Parameters are named after the
 * alias, so two aliases can sit in one statement.
 */
export function visibleItems(audience: ItemAudience, alias = 'ai'): { sql: string; params: Record<string, unknown> } {
  if (audience.runs.all) return { sql: 'TRUE', params: {} };
  const runsKey = `${alias}RunsPanels`;
  const agencyKey = `${alias}Agency`;
  return {
    sql: `(cardinality(${alias}.restricted_to) = 0 OR ${alias}.panel_id = ANY(:${runsKey}) OR CAST(:${agencyKey} AS uuid) = ANY(${alias}.restricted_to))`,
    params: { [runsKey]: audience.runs.panelIds, [agencyKey]: audience.agencyId ?? NO_AGENCY },
  };
}
