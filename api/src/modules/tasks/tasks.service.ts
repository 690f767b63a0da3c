import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { CLOSED_TASK_STATUSES, londonToday, PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import { knownTermsNear } from '../../core/access/known-names.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { leanPage } from '../../core/database/prepared-query.js';
import { AppError } from '../../core/errors/app-error.js';
import { visibleTasks } from './task-access.js';
import { TASK_SORTS, taskListCondition } from './task-filter.js';
import type { TasksArgs } from './task.inputs.js';
import type { TaskObject, TaskPageObject } from './task.objects.js';
import { TaskEntity } from './task.entity.js';

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
    const where = taskListCondition(this.access, ctx, args.panelId, args.filter, today, await knownTermsNear(ctx, args.panelId, args.filter?.search));
    const { rows, totalCount } = await leanPage(this.dataSource, TaskEntity, {
      as: 't',
      where: where.sql,
      params: { ...where.params, today },
      orderBy: TASK_SORTS[args.sort],
      limit: args.limit,
      offset: args.offset,
    });
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
