import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type DataLoader from 'dataloader';
import { londonToday } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { leanRead } from '../../core/database/prepared-query.js';
import { defineLoader } from '../../core/graphql/loaders.js';
import { OcgObject } from '../ocgs/ocg.object.js';
import { visibleTasks } from './task-access.js';

interface TaskCounts {
  open: number;
  overdue: number;
}

/**
 * Each group's counts of the tasks the viewer may read (the one task rule), for any number of groups in one
 * grouped statement. Built per request around its viewer; `ctx.loaders.of` keeps one per name.
 */
function taskCountsByOcg(access: AccessService, ctx: RequestContext): DataLoader<string, TaskCounts> {
  return ctx.loaders.of(
    defineLoader<string, TaskCounts>('taskCountsByOcg', async (ds, ocgIds) => {
      // Worked out once per batch, not once per group asked for.
      const visible = visibleTasks(access, ctx, 't');
      const rows = await leanRead<{ ocg_id: string; open: number; overdue: number }>(
        ds,
        `SELECT t.ocg_id, count(*)::int AS open, count(*) FILTER (WHERE t.due_on < :today)::int AS overdue
           FROM task t
          WHERE t.ocg_id = ANY(:ocgIds) AND t.status IN ('OPEN', 'IN_PROGRESS', 'BLOCKED') AND ${visible.sql}
          GROUP BY t.ocg_id`,
        { ocgIds: [...ocgIds], today: londonToday(), ...visible.params },
      );
      const byOcg = new Map(rows.map((r) => [r.ocg_id, r]));
      return ocgIds.map((id) => byOcg.get(id) ?? { open: 0, overdue: 0 });
    }),
  );
}

/** Adds to the Ocg type the counts the group list shows beside each group. */
@Resolver(() => OcgObject)
export class OcgTasksResolver {
  constructor(private readonly access: AccessService) {}

  @ResolveField(() => Int, { description: 'Tasks on the group still open (open, in progress or blocked) that you may read' })
  async openTaskCount(@Context() ctx: RequestContext, @Parent() ocg: OcgObject): Promise<number> {
    return (await taskCountsByOcg(this.access, ctx).load(ocg.id)).open;
  }

  @ResolveField(() => Int, { description: 'Of those, the tasks past their due date' })
  async overdueTaskCount(@Context() ctx: RequestContext, @Parent() ocg: OcgObject): Promise<number> {
    return (await taskCountsByOcg(this.access, ctx).load(ocg.id)).overdue;
  }
}
