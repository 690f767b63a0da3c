import { AGENCY_RIGHTS, mayActForAgency, PANEL_ROLES, PERMISSIONS, roleHolds } from '@sentinel/shared';
import type { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { itemAudience, seesItem, visibleItems, type ItemAudience } from '../meetings/meeting-access.js';

/*
 * The one rule for who reads which task: the whole panel's where their role reads all tasks (police roles and
 * observers, and those who run the panel), their own agency's elsewhere. A task raised at an agenda item
 * restricted to some agencies belongs to that discussion: beyond its own agency, it is read only by those who
 * see the item (meetings/meeting-access.ts). Every channel obtains tasks through one
 * of the forms below (SQL for a viewer, a check for live events and stored minutes, SQL for mail recipients),
 * and each form is derived from the same policy in `@sentinel/shared`.
 */

const NO_AGENCY = '00000000-0000-0000-0000-000000000000';

/** Where a viewer reads tasks: panels where they read every task, and panels where they read their agency's. */
interface TaskReach {
  everything: boolean;
  readAllPanels: string[];
  ownAgencyPanels: string[];
  agencyId: string | null;
}

function taskReach(access: AccessService, ctx: RequestContext): TaskReach {
  const viewer = access.requireViewer(ctx);
  const all = access.scope(ctx, PERMISSIONS.TASK_READ_ALL);
  if (all.all) return { everything: true, readAllPanels: [], ownAgencyPanels: [], agencyId: viewer.agencyId };
  const own = access.scope(ctx, PERMISSIONS.TASK_READ);
  return { everything: false, readAllPanels: all.panelIds, ownAgencyPanels: own.all ? [] : own.panelIds, agencyId: viewer.agencyId };
}

/**
 * Which tasks a viewer sees, as one SQL condition on tasks aliased `alias`. A task outside it is not found,
 * exactly like one that does not exist.
 */
export function visibleTasks(access: AccessService, ctx: RequestContext, alias = 't'): { sql: string; params: Record<string, unknown> } {
  const reach = taskReach(access, ctx);
  if (reach.everything) return { sql: 'TRUE', params: {} };
  const items = visibleItems(itemAudience(access, ctx), 'raised_item');
  const raisedAtVisibleItem =
    items.sql === 'TRUE'
      ? 'TRUE'
      : `(${alias}.agenda_item_id IS NULL OR NOT EXISTS (SELECT 1 FROM agenda_item raised_item WHERE raised_item.id = ${alias}.agenda_item_id AND NOT ${items.sql}))`;
  return {
    sql: `((${alias}.panel_id = ANY(:readAllPanels) AND ${raisedAtVisibleItem})
           OR (${alias}.panel_id = ANY(:ownAgencyPanels) AND ${alias}.agency_id = :viewerAgency))`,
    params: {
      ...items.params,
      readAllPanels: reach.readAllPanels,
      ownAgencyPanels: reach.ownAgencyPanels,
      viewerAgency: reach.agencyId ?? NO_AGENCY,
    },
  };
}

/**
 * The same rule as a check on one task already in memory: for live events, and for the tasks that stored minutes
 * name (by the agency they were allocated to when the minutes were drafted). `raisedAt` is the item the task was
 * raised at, if any (stored minutes list tasks under their items, which are shaped by the item rule already).
 * Answers false with no viewer.
 */
export function seesTask(
  access: AccessService,
  ctx: RequestContext,
  task: { panelId: string; agencyId: string },
  raisedAt: { panelId: string; restrictedTo: readonly string[] } | null = null,
): boolean {
  if (!ctx.viewer) return false;
  const reach = taskReach(access, ctx);
  if (reach.everything) return true;
  if (reach.agencyId !== null && reach.agencyId === task.agencyId && reach.ownAgencyPanels.includes(task.panelId)) return true;
  return reach.readAllPanels.includes(task.panelId) && (!raisedAt || seesItem(itemAudience(access, ctx), raisedAt));
}

const literal = (roles: readonly string[]) => `'{${roles.join(',')}}'::text[]`;
const READS_ALL_ROLES = literal(PANEL_ROLES.filter((r) => roleHolds(r, PERMISSIONS.TASK_READ_ALL)));
const READS_OWN_ROLES = literal(PANEL_ROLES.filter((r) => roleHolds(r, PERMISSIONS.TASK_READ)));

/**
 * The same rule for mail, which has no viewer: SQL for "the user aliased `user` may read the task aliased `task`",
 * by their membership of the task's panel today. A reminder or a digest names a task only to someone it holds for.
 */
export function taskReaderSql(user = 'u', task = 't'): string {
  return `EXISTS (SELECT 1 FROM membership trm WHERE trm.user_id = ${user}.id AND trm.panel_id = ${task}.panel_id
            AND (trm.role::text = ANY(${READS_ALL_ROLES})
                 OR (trm.role::text = ANY(${READS_OWN_ROLES}) AND ${user}.agency_id = ${task}.agency_id)))`;
}

/** Whether the viewer may post updates on a task: managers anywhere in the panel, members of the allocated agency. */
export function canUpdateTask(access: AccessService, ctx: RequestContext, task: { panelId: string; agencyId: string }): boolean {
  const viewer = access.requireViewer(ctx);
  return mayActForAgency((p) => access.holdsInPanel(viewer, task.panelId, p), viewer.agencyId, task.agencyId, AGENCY_RIGHTS.updateTask);
}

/**
 * The tasks every meeting channel shows (an item's tasks and records, the pack's action log): those the tasks
 * rule lets the viewer see, less any raised at or put under an item hidden from this audience, in any meeting.
 */
export function meetingTasks(
  access: AccessService,
  ctx: RequestContext,
  audience: ItemAudience,
  alias = 't',
): { sql: string; params: Record<string, unknown> } {
  const tasks = visibleTasks(access, ctx, alias);
  const items = visibleItems(audience, 'hidden_item');
  if (items.sql === 'TRUE') return tasks;
  return {
    sql: `(${tasks.sql} AND NOT EXISTS (
            SELECT 1 FROM agenda_item hidden_item
             WHERE (hidden_item.id = ${alias}.agenda_item_id
                    OR hidden_item.id IN (SELECT tr.agenda_item_id FROM agenda_item_record tr WHERE tr.record_kind = 'TASK' AND tr.record_id = ${alias}.id))
               AND NOT ${items.sql}))`,
    params: { ...tasks.params, ...items.params },
  };
}
