import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOSED_TASK_STATUSES, londonToday, PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import { everyWordMatches, namedParams } from '../search/text-filter.js';
import { visibleTasks } from './task-access.js';
import type { TasksArgs } from './task.inputs.js';
import type { TaskObject, TaskPageObject } from './task.objects.js';
import { TaskEntity } from './task.entity.js';

const OPEN = `t.status IN ('OPEN','IN_PROGRESS','BLOCKED')`;
const SORTS: Record<TasksArgs['sort'], string> = {
  OVERDUE_FIRST: `(CASE WHEN ${OPEN} AND t.due_on < :today THEN 0 WHEN ${OPEN} THEN 1 ELSE 2 END), t.due_on ASC NULLS LAST, t.reference`,
  DUE: 't.due_on ASC NULLS LAST, t.reference',
  RECENTLY_UPDATED: 't.updated_at DESC, t.reference',
  REFERENCE: 't.reference',
};
/** What `search` matches, written as IDX_task_text_trgm is built. */
const SEARCHED = { folded: `search_fold(t.reference || ' ' || t.title)`, reference: { column: 't.reference', prefix: 'A' } };

/** Reading tasks: always through the viewer's visibility, one statement for the rows and one for the count. */
@Injectable()
export class TasksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(ctx: RequestContext, args: TasksArgs): Promise<TaskPageObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.TASK_READ);
    const today = londonToday();
    const visible = visibleTasks(this.access, ctx);
    const qb = this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .where('t.panel_id = :panelId', { panelId: args.panelId })
      .andWhere(visible.sql, visible.params)
      .setParameter('today', today);
    if (args.statuses?.length) qb.andWhere('t.status = ANY(:statuses)', { statuses: args.statuses });
    if (args.agencyId) qb.andWhere('t.agency_id = :agencyId', { agencyId: args.agencyId });
    if (args.ocgId) qb.andWhere('t.ocg_id = :ocgId', { ocgId: args.ocgId });
    if (args.overdueOnly) qb.andWhere(`${OPEN} AND t.due_on < :today`);
    if (args.dueWithinDays !== null && args.dueWithinDays !== undefined) {
      qb.andWhere(`${OPEN} AND t.due_on >= :today AND t.due_on <= (:today)::date + :within::int`, { within: args.dueWithinDays });
    }
    if (args.closedWithinDays !== null && args.closedWithinDays !== undefined) {
      qb.andWhere(`t.closed_at >= now() - make_interval(days => :closedWithin)`, { closedWithin: args.closedWithinDays });
    }
    const { params, param } = namedParams();
    const words = everyWordMatches(args.search, SEARCHED, param);
    if (words) qb.andWhere(words, params);
    const totalCount = await qb.getCount();
    const rows = await qb.orderBy(SORTS[args.sort]).limit(args.limit).offset(args.offset).getMany();
    return { nodes: rows.map((r) => toTaskObject(r, today)), totalCount };
  }

  async get(ctx: RequestContext, id: string): Promise<TaskObject> {
    return toTaskObject(await this.findVisible(this.dataSource.manager, ctx, id), londonToday());
  }

  /** A task the viewer sees, or NOT_FOUND as for one that does not exist; locked when changing it. */
  async findVisible(m: EntityManager, ctx: RequestContext, id: string, lock = false): Promise<TaskEntity> {
    const visible = visibleTasks(this.access, ctx);
    const qb = m.getRepository(TaskEntity).createQueryBuilder('t').where('t.id = :id', { id }).andWhere(visible.sql, visible.params);
    if (lock) qb.setLock('pessimistic_write');
    const task = await qb.getOne();
    if (!task) throw AppError.notFound('Task');
    return task;
  }
}

export function toTaskObject(t: TaskEntity, today: string): TaskObject {
  const open = !CLOSED_TASK_STATUSES.includes(t.status);
  return {
    id: t.id,
    panelId: t.panelId,
    reference: t.reference,
    title: t.title,
    description: t.description,
    agencyId: t.agencyId,
    ownerUserId: t.ownerUserId,
    ocgId: t.ocgId,
    nominalId: t.nominalId,
    referralId: t.referralId,
    meetingId: t.meetingId,
    agendaItemId: t.agendaItemId,
    dueOn: t.dueOn,
    priority: t.priority,
    strand: t.strand,
    gscMarking: t.gscMarking,
    status: t.status,
    isOverdue: open && t.dueOn !== null && t.dueOn < today,
    blockedReason: t.blockedReason,
    notDoneCause: t.notDoneCause,
    closingNote: t.closingNote,
    closedAt: t.closedAt,
    disruptionId: t.disruptionId,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    version: t.version,
  };
}
