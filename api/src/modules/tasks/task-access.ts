import { PERMISSIONS } from '@sentinel/shared';
import type { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';

/**
 * Which tasks a viewer sees, as one SQL condition: the whole panel's where their role reads all tasks, their
 * own agency's elsewhere. A task outside it is not found, exactly like one that does not exist.
 */
export function visibleTasks(access: AccessService, ctx: RequestContext, alias = 't'): { sql: string; params: Record<string, unknown> } {
  const viewer = access.requireViewer(ctx);
  const all = access.scope(ctx, PERMISSIONS.TASK_READ_ALL);
  if (all.all) return { sql: 'TRUE', params: {} };
  const own = access.scope(ctx, PERMISSIONS.TASK_READ);
  const ownPanels = own.all ? [] : own.panelIds;
  return {
    sql: `(${alias}.panel_id = ANY(:readAllPanels) OR (${alias}.panel_id = ANY(:ownAgencyPanels) AND ${alias}.agency_id = :viewerAgency))`,
    params: { readAllPanels: all.panelIds, ownAgencyPanels: ownPanels, viewerAgency: viewer.agencyId ?? '00000000-0000-0000-0000-000000000000' },
  };
}

/** Whether the viewer may post updates on a task: managers anywhere in the panel, members of the allocated agency. */
export function canUpdateTask(access: AccessService, ctx: RequestContext, task: { panelId: string; agencyId: string }): boolean {
  const viewer = access.requireViewer(ctx);
  if (access.holdsInPanel(viewer, task.panelId, PERMISSIONS.TASK_MANAGE)) return true;
  return viewer.agencyId === task.agencyId && access.holdsInPanel(viewer, task.panelId, PERMISSIONS.TASK_UPDATE_OWN_AGENCY);
}

/** Whether a viewer sees a task, for filtering live events in memory. */
export function seesTask(access: AccessService, ctx: RequestContext, task: { panelId: string; agencyId: string }): boolean {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  if (access.holdsInPanel(viewer, task.panelId, PERMISSIONS.TASK_READ_ALL)) return true;
  return viewer.agencyId === task.agencyId && access.holdsInPanel(viewer, task.panelId, PERMISSIONS.TASK_READ);
}
