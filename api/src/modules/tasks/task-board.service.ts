import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { londonToday, PERMISSIONS, TASK_STATUSES, type TaskStatus } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { PanelReadCache } from '../../core/database/panel-read-cache.js';
import { leanRead } from '../../core/database/prepared-query.js';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { toAgencyObject } from '../agencies/agencies.service.js';
import type { TaskBoardObject } from './task.objects.js';

const OPEN = `status IN ('OPEN','IN_PROGRESS','BLOCKED')`;

interface BoardRow {
  by_agency: { agency_id: string; open: number; overdue: number; blocked: number; completed: number; not_done: number }[];
  by_status: Partial<Record<TaskStatus, number>>;
  by_ocg: { ocg_id: string; reference: string; name: string; open: number; overdue: number }[];
}

/**
 * The chair's board in one prepared statement whatever the number of tasks: each agency's figures, the count of
 * each status, and the hundred groups most behind. The agencies are the request's own (one read per request).
 */
export const BOARD_SQL = `
  WITH f AS (
    SELECT agency_id,
           count(*) FILTER (WHERE ${OPEN})::int AS open,
           count(*) FILTER (WHERE ${OPEN} AND due_on < :today)::int AS overdue,
           count(*) FILTER (WHERE status = 'BLOCKED')::int AS blocked,
           count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
           count(*) FILTER (WHERE status = 'NOT_DONE')::int AS not_done
      FROM task WHERE panel_id = :panelId GROUP BY agency_id)
  SELECT
    (SELECT coalesce(json_agg(f ORDER BY f.overdue DESC, f.open DESC, lower(a.name)), '[]') FROM f JOIN agency a ON a.id = f.agency_id) AS by_agency,
    (SELECT coalesce(json_object_agg(status, n), '{}') FROM (SELECT status, count(*)::int AS n FROM task WHERE panel_id = :panelId GROUP BY status) s) AS by_status,
    (SELECT coalesce(json_agg(g), '[]') FROM (
       SELECT o.id AS ocg_id, o.reference, o.name, g.open, g.overdue
         FROM (SELECT ocg_id, count(*)::int AS open, count(*) FILTER (WHERE due_on < :today)::int AS overdue
                 FROM task WHERE panel_id = :panelId AND ocg_id IS NOT NULL AND ${OPEN} GROUP BY ocg_id) g
         JOIN ocg o ON o.id = g.ocg_id
        ORDER BY g.overdue DESC, g.open DESC, o.reference LIMIT 100) g) AS by_ocg`;

@Injectable()
export class TaskBoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly cache: PanelReadCache,
  ) {}

  /** Every holder of the permission sees the whole panel's board alike: one answer is kept until the tasks change. */
  async board(ctx: RequestContext, panelId: string): Promise<TaskBoardObject> {
    this.access.requirePanel(ctx, panelId, PERMISSIONS.TASK_READ_ALL);
    const today = londonToday();
    return this.cache.read(panelId, JSON.stringify(['taskBoard', today]), () => this.compute(ctx, panelId, today));
  }

  private async compute(ctx: RequestContext, panelId: string, today: string): Promise<TaskBoardObject> {
    const [board] = await leanRead<BoardRow>(this.dataSource, BOARD_SQL, { panelId, today });
    const agencies = await ctx.loaders.agency.loadMany(board.by_agency.map((f) => f.agency_id));
    return {
      byAgency: board.by_agency.map((f, i) => ({
        agency: toAgencyObject(agencies[i] as AgencyEntity),
        open: f.open,
        overdue: f.overdue,
        blocked: f.blocked,
        completed: f.completed,
        notDone: f.not_done,
        completionRate: f.completed + f.not_done > 0 ? f.completed / (f.completed + f.not_done) : null,
      })),
      byStatus: TASK_STATUSES.map((status) => ({ status, count: board.by_status[status] ?? 0 })),
      byOcg: board.by_ocg.map((o) => ({ ocgId: o.ocg_id, reference: o.reference, name: o.name, open: o.open, overdue: o.overdue })),
    };
  }
}
