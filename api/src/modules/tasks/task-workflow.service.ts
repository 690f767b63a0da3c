import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  changedPastDateProblem,
  CLOSED_TASK_STATUSES,
  defaultDueDate,
  londonToday,
  PERMISSIONS,
  TASK_STATUS_LABELS,
  TASK_TRANSITIONS,
  type TaskStatus,
} from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext, Viewer } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { DisruptionRecorder } from '../disruptions/disruption-recorder.service.js';
import { nextReference } from '../panels/references.js';
import { canUpdateTask } from './task-access.js';
import { TaskEventsService } from './task-events.service.js';
import type { AddTaskUpdateInput, AllocateTaskInput, EditTaskInput } from './task.inputs.js';
import type { TaskObject } from './task.objects.js';
import { TaskEntity } from './task.entity.js';
import { TasksService, toTaskObject } from './tasks.service.js';

const EDITABLE = ['title', 'description', 'agencyId', 'ownerUserId', 'dueOn', 'priority', 'strand', 'gscMarking'] as const;

/** Changing tasks: allocation, edits and reallocation by the chair, updates and status changes by the agency. */
@Injectable()
export class TaskWorkflowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tasks: TasksService,
    private readonly disruptions: DisruptionRecorder,
    private readonly events: TaskEventsService,
  ) {}

  /** `raisedAt` links the task to the meeting and agenda item it was raised at (live meeting mode; not in the public input). */
  async allocate(ctx: RequestContext, input: AllocateTaskInput, raisedAt?: { meetingId: string; agendaItemId: string }): Promise<TaskObject> {
    const viewer = this.access.requirePanel(ctx, input.panelId, PERMISSIONS.TASK_MANAGE);
    const task = await this.dataSource.transaction(async (m) => {
      const values = await this.validated(m, input.panelId, input);
      await this.assertLinksInPanel(m, input.panelId, input);
      if (raisedAt) {
        const [item]: unknown[] = await m.query(
          `SELECT 1 FROM agenda_item ai JOIN meeting mt ON mt.id = ai.meeting_id WHERE ai.id = $1 AND ai.meeting_id = $2 AND mt.panel_id = $3`,
          [raisedAt.agendaItemId, raisedAt.meetingId, input.panelId],
        );
        if (!item) throw AppError.badInput('agendaItemId', 'Choose an item of a meeting of this panel');
      }
      const reference = await nextReference(m, input.panelId, 'A');
      const created = await m.getRepository(TaskEntity).save(
        m.create(TaskEntity, {
          ...values,
          panelId: input.panelId,
          reference,
          ocgId: input.ocgId ?? null,
          nominalId: input.nominalId ?? null,
          referralId: input.referralId ?? null,
          meetingId: raisedAt?.meetingId ?? null,
          agendaItemId: raisedAt?.agendaItemId ?? null,
          createdBy: viewer.userId,
        }),
      );
      await this.timeline(m, viewer, created, { kind: 'CREATED', text: null });
      await this.audit.recordChange(m, ctx, {
        panelId: created.panelId,
        entityType: 'Task',
        entityId: created.id,
        action: 'CREATE',
        after: pick(created),
      });
      return created;
    });
    return this.announce(task);
  }

  /** Edits, reallocation and due-date changes, by the chair or coordinator, checked against the version seen. */
  async edit(ctx: RequestContext, input: EditTaskInput): Promise<TaskObject> {
    const task = await this.dataSource.transaction(async (m) => {
      const current = await this.tasks.findVisible(m, ctx, input.id, true);
      const viewer = this.access.requireInPanel(ctx, current.panelId, PERMISSIONS.TASK_MANAGE);
      if (current.version !== input.version) {
        throw AppError.conflict('This task', await this.audit.changedSince(m, 'Task', current.id, input.version), 'Task');
      }
      const values = await this.validated(m, current.panelId, input, current.dueOn);
      await m
        .createQueryBuilder()
        .update(TaskEntity)
        .set({ ...values, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id', { id: current.id })
        .execute();
      const after = await m.getRepository(TaskEntity).findOneByOrFail({ id: current.id });
      const changes = changed(current, after);
      await this.timeline(m, viewer, after, { kind: current.agencyId !== after.agencyId ? 'REALLOCATED' : 'EDITED', text: null, changes });
      await this.audit.recordChange(m, ctx, {
        panelId: current.panelId,
        entityType: 'Task',
        entityId: current.id,
        action: 'UPDATE',
        before: pick(current),
        after: pick(after),
      });
      return after;
    });
    return this.announce(task);
  }

  async addUpdate(ctx: RequestContext, input: AddTaskUpdateInput): Promise<TaskObject> {
    const text = input.text?.trim() || null;
    if (!text && !input.status) throw AppError.badInput('text', 'Write an update or choose a new status');
    const task = await this.dataSource.transaction(async (m) => {
      const current = await this.tasks.findVisible(m, ctx, input.taskId, true);
      if (!canUpdateTask(this.access, ctx, current)) throw AppError.forbidden();
      const viewer = this.access.requireViewer(ctx);
      // A status sent at all is checked against the version seen, even when the task already has it: someone may
      // have moved it away and back since.
      if (input.status) await this.requireVersionSeen(m, current, input.version);
      if (!input.status || input.status === current.status) {
        if (input.disruption) throw AppError.badInput('status', 'A disruption is recorded when the task is completed: choose Completed');
        await this.timeline(m, viewer, current, { kind: 'NOTE', text });
        await m.query(`UPDATE task SET updated_at = now() WHERE id = $1`, [current.id]);
        return m.getRepository(TaskEntity).findOneByOrFail({ id: current.id });
      }
      return this.changeStatus(m, ctx, viewer, current, input, text);
    });
    return this.announce(task);
  }

  private async requireVersionSeen(m: EntityManager, current: TaskEntity, version: number | null | undefined): Promise<void> {
    if (!version) throw AppError.badInput('version', 'Send the version of the task you saw when changing its status');
    if (current.version !== version) {
      throw AppError.conflict('This task', await this.audit.changedSince(m, 'Task', current.id, version), 'Task');
    }
  }

  private async changeStatus(
    m: EntityManager,
    ctx: RequestContext,
    viewer: Viewer,
    current: TaskEntity,
    input: AddTaskUpdateInput,
    text: string | null,
  ): Promise<TaskEntity> {
    const to = input.status as TaskStatus;
    if (!TASK_TRANSITIONS[current.status].includes(to)) {
      throw AppError.badInput(
        'status',
        `A task that is ${TASK_STATUS_LABELS[current.status].toLowerCase()} cannot become ${TASK_STATUS_LABELS[to].toLowerCase()}`,
      );
    }
    const manager = this.access.holdsInPanel(viewer, current.panelId, PERMISSIONS.TASK_MANAGE);
    if ((to === 'NOT_DONE' || CLOSED_TASK_STATUSES.includes(current.status)) && !manager) {
      throw AppError.forbidden();
    }
    const blockedReason = input.blockedReason?.trim() || null;
    if (to === 'BLOCKED' && !blockedReason) throw AppError.badInput('blockedReason', 'Say what is blocking the task');
    if (to === 'NOT_DONE' && !input.notDoneCause) {
      throw AppError.badInput('notDoneCause', 'Choose why the task was not done: circumstances changed, or the agency did not act');
    }
    if (input.disruption && to !== 'COMPLETED')
      throw AppError.badInput('status', 'A disruption is recorded when the task is completed: choose Completed');
    let disruptionId: string | null = current.disruptionId;
    if (input.disruption) {
      if (!current.ocgId)
        throw AppError.badInput('disruption', 'This task is not linked to a group, so there is no ledger to record a disruption in');
      const recorded = await this.disruptions.recordInTransaction(m, ctx, {
        ...input.disruption,
        ocgId: current.ocgId,
        agencyId: input.disruption.agencyId ?? current.agencyId,
      });
      disruptionId = recorded.id;
    }
    const closing = CLOSED_TASK_STATUSES.includes(to);
    await m.query(
      `UPDATE task SET status = $2, blocked_reason = $3, not_done_cause = $4, closing_note = $5, closed_at = $6, disruption_id = $7,
              version = version + 1, updated_at = now() WHERE id = $1`,
      [
        current.id,
        to,
        to === 'BLOCKED' ? blockedReason : null,
        to === 'NOT_DONE' ? input.notDoneCause : null,
        closing ? input.closingNote?.trim() || text : null,
        closing ? new Date() : null,
        disruptionId,
      ],
    );
    const after = await m.getRepository(TaskEntity).findOneByOrFail({ id: current.id });
    await this.timeline(m, viewer, after, { kind: 'STATUS', text, from: current.status, to });
    await this.audit.recordChange(m, ctx, {
      panelId: current.panelId,
      entityType: 'Task',
      entityId: current.id,
      action: 'UPDATE',
      before: {
        status: current.status,
        notDoneCause: current.notDoneCause,
        blockedReason: current.blockedReason,
        disruptionId: current.disruptionId,
        version: current.version,
      },
      after: {
        status: after.status,
        notDoneCause: after.notDoneCause,
        blockedReason: after.blockedReason,
        disruptionId: after.disruptionId,
        version: after.version,
      },
    });
    return after;
  }

  private async timeline(
    m: EntityManager,
    viewer: Viewer,
    task: TaskEntity,
    entry: {
      kind: 'CREATED' | 'NOTE' | 'STATUS' | 'REALLOCATED' | 'EDITED';
      text: string | null;
      from?: TaskStatus;
      to?: TaskStatus;
      changes?: Record<string, [unknown, unknown]>;
    },
  ): Promise<void> {
    await m.query(
      `INSERT INTO task_update (task_id, panel_id, kind, text, from_status, to_status, previous, author_user_id, author_agency_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        task.id,
        task.panelId,
        entry.kind,
        entry.text,
        entry.from ?? null,
        entry.to ?? null,
        entry.changes ? JSON.stringify(entry.changes) : null,
        viewer.userId,
        viewer.agencyId,
      ],
    );
  }

  /** `previousDueOn`: an edit may keep a due date that has passed, but never set one. */
  private async validated(m: EntityManager, panelId: string, input: AllocateTaskInput | EditTaskInput, previousDueOn?: string | null) {
    AppError.refuseIf('dueOn', changedPastDateProblem('Due date', input.dueOn, previousDueOn, londonToday()));
    const [agency]: unknown[] = await m.query(`SELECT 1 FROM agency WHERE id = $1 AND panel_id = $2`, [input.agencyId, panelId]);
    if (!agency) throw AppError.badInput('agencyId', 'Select an agency on this panel');
    if (input.ownerUserId) {
      const [owner]: unknown[] = await m.query(
        `SELECT 1 FROM app_user u JOIN membership ms ON ms.user_id = u.id AND ms.panel_id = $3 WHERE u.id = $1 AND u.agency_id = $2 AND u.disabled_at IS NULL`,
        [input.ownerUserId, input.agencyId, panelId],
      );
      if (!owner) throw AppError.badInput('ownerUserId', 'Choose an owner who is a member of the allocated agency, or leave it to the agency');
    }
    // A new task without a due date is due a week before the next meeting that is still a week or more away,
    // so the agency reports back in time for that meeting's action review.
    let dueOn = input.dueOn || null;
    if (!dueOn && 'panelId' in input) {
      const [next]: { day: string }[] = await m.query(
        `SELECT to_char(starts_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS day FROM meeting
          WHERE panel_id = $1 AND status IN ('PLANNED','AGENDA_PUBLISHED')
            AND (starts_at AT TIME ZONE 'Europe/London')::date - 7 >= (now() AT TIME ZONE 'Europe/London')::date
          ORDER BY starts_at LIMIT 1`,
        [panelId],
      );
      dueOn = defaultDueDate(next?.day ?? null);
    }
    return {
      title: input.title.trim(),
      description: input.description?.trim() || null,
      agencyId: input.agencyId,
      ownerUserId: input.ownerUserId ?? null,
      dueOn,
      priority: input.priority,
      strand: input.strand ?? null,
      gscMarking: input.gscMarking,
    };
  }

  private async assertLinksInPanel(m: EntityManager, panelId: string, input: AllocateTaskInput): Promise<void> {
    for (const [field, table, id] of [
      ['ocgId', 'ocg', input.ocgId],
      ['nominalId', 'nominal', input.nominalId],
      ['referralId', 'referral', input.referralId],
    ] as const) {
      if (!id) continue;
      const [found]: unknown[] = await m.query(`SELECT 1 FROM ${table} WHERE id = $1 AND panel_id = $2`, [id, panelId]);
      if (!found) throw AppError.badInput(field, 'Choose a record of this panel');
    }
  }

  private async announce(task: TaskEntity): Promise<TaskObject> {
    const object = toTaskObject(task, londonToday());
    await this.events.publish(object);
    return object;
  }
}

function pick(t: TaskEntity): Record<string, unknown> {
  return { ...Object.fromEntries(EDITABLE.map((k) => [k, t[k]])), status: t.status, version: t.version };
}

function changed(before: TaskEntity, after: TaskEntity): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const k of EDITABLE) if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) changes[k] = [before[k], after[k]];
  return changes;
}
