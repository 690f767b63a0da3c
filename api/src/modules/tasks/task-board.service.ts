import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { londonToday, PERMISSIONS, TASK_STATUSES, type TaskStatus } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { toAgencyObject } from '../agencies/agencies.service.js';
import type { TaskBoardObject } from './task.objects.js';

const OPEN = `status IN ('OPEN','IN_PROGRESS','BLOCKED')`;

/** The chair's board: three aggregate statements whatever the number of tasks. */
@Injectable()
export class TaskBoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async board(ctx: RequestContext, panelId: string): Promise<TaskBoardObject> {
    this.access.requirePanel(ctx, panelId, PERMISSIONS.TASK_READ_ALL);
    const today = londonToday();
    const figures: { agency_id: string; open: number; overdue: number; blocked: number; completed: number; not_done: number }[] =
      await this.dataSource.query(
        `SELECT f.* FROM (SELECT agency_id,
                      count(*) FILTER (WHERE ${OPEN})::int AS open,
                      count(*) FILTER (WHERE ${OPEN} AND due_on < $2)::int AS overdue,
                      count(*) FILTER (WHERE status = 'BLOCKED')::int AS blocked,
                      count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed,
                      count(*) FILTER (WHERE status = 'NOT_DONE')::int AS not_done
                 FROM task WHERE panel_id = $1 GROUP BY agency_id) f
         JOIN agency a ON a.id = f.agency_id
        ORDER BY f.overdue DESC, f.open DESC, lower(a.name)`,
        [panelId, today],
      );
    const agencies = new Map(
      (await this.dataSource.getRepository(AgencyEntity).findBy({ id: In(figures.map((f) => f.agency_id)) })).map((a) => [a.id, a]),
    );
    const statuses: { status: TaskStatus; n: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS n FROM task WHERE panel_id = $1 GROUP BY status`,
      [panelId],
    );
    const ocgs: { ocg_id: string; reference: string; name: string; open: number; overdue: number }[] = await this.dataSource.query(
      `SELECT o.id AS ocg_id, o.reference, o.name, f.open, f.overdue
         FROM (SELECT ocg_id, count(*)::int AS open, count(*) FILTER (WHERE due_on < $2)::int AS overdue
                 FROM task WHERE panel_id = $1 AND ocg_id IS NOT NULL AND ${OPEN} GROUP BY ocg_id) f
         JOIN ocg o ON o.id = f.ocg_id
        ORDER BY f.overdue DESC, f.open DESC, o.reference LIMIT 100`,
      [panelId, today],
    );
    const counts = new Map(statuses.map((s) => [s.status, s.n]));
    return {
      byAgency: figures.map((f) => ({
        agency: toAgencyObject(agencies.get(f.agency_id) as AgencyEntity),
        open: f.open,
        overdue: f.overdue,
        blocked: f.blocked,
        completed: f.completed,
        notDone: f.not_done,
        completionRate: f.completed + f.not_done > 0 ? f.completed / (f.completed + f.not_done) : null,
      })),
      byStatus: TASK_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 })),
      byOcg: ocgs.map((o) => ({ ocgId: o.ocg_id, reference: o.reference, name: o.name, open: o.open, overdue: o.overdue })),
    };
  }
}
