import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { agendaView, itemAudience } from '../meetings/meeting-access.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { sanitizeRichText } from './rich-text.js';
import { TaskWorkflowService } from '../tasks/task-workflow.service.js';
import type { TaskObject } from '../tasks/task.objects.js';
import { requireStatus } from './agenda-meeting.js';
import type { RaiseTaskAtItemInput, RecordItemMinutesInput } from './agenda.inputs.js';
import type { AgendaItemObject } from './agenda.objects.js';
import { AgendaService } from './agenda.service.js';
import { LiveEventsService } from './live-events.service.js';
import type { MeetingLiveObject } from './live.objects.js';

/**
 * Running the meeting: the chair opens it and steps through the items (each item's start and end are kept for
 * the timer and the minutes), the coordinator records notes, decisions and tasks against the item, and the
 * chair closes it into draft minutes.
 */
@Injectable()
export class LiveMeetingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly agendas: AgendaService,
    private readonly live: LiveEventsService,
    private readonly tasks: TaskWorkflowService,
  ) {}

  async open(ctx: RequestContext, meetingId: string): Promise<MeetingLiveObject> {
    await this.dataSource.transaction(async (m) => {
      const meeting = await this.meetings.findVisible(m, ctx, meetingId, true);
      const opened = await this.meetings.transition(m, ctx, meeting, 'IN_PROGRESS');
      const [first] = (await this.agendas.load(m, agendaView(opened, itemAudience(this.access, ctx)))).items;
      if (first) await this.makeCurrent(m, ctx, opened, first.id);
      this.live.announce(m, opened, 'STATUS_CHANGED');
    });
    return this.live.state(ctx, meetingId);
  }

  async setCurrentItem(ctx: RequestContext, meetingId: string, itemId: string): Promise<MeetingLiveObject> {
    await this.dataSource.transaction(async (m) => {
      const meeting = await this.meetings.findVisible(m, ctx, meetingId, true);
      this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_MANAGE);
      requireStatus(meeting, ['IN_PROGRESS'], 'move between items');
      const { item } = await this.agendas.findItem(m, ctx, itemId);
      if (item.meetingId !== meeting.id) throw AppError.notFound('Agenda item');
      if (meeting.currentItemId === item.id) return;
      await this.makeCurrent(m, ctx, meeting, item.id);
      this.live.announce(m, meeting, 'CURRENT_ITEM_CHANGED', item.id);
    });
    return this.live.state(ctx, meetingId);
  }

  async recordMinutes(ctx: RequestContext, input: RecordItemMinutesInput): Promise<AgendaItemObject> {
    return this.dataSource.transaction(async (m) => {
      const { item, meeting } = await this.agendas.findItem(m, ctx, input.itemId, true);
      this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_MANAGE);
      requireStatus(meeting, ['IN_PROGRESS'], 'record minutes against an item');
      if (item.version !== input.version)
        throw AppError.conflict('This agenda item', await this.audit.changedSince(m, 'AgendaItem', item.id, input.version), 'AgendaItem');
      // Stored sanitised, so every reader (screen, pack, minutes, Word file) gets the same safe markup.
      const notes = input.notes === undefined ? item.notes : sanitizeRichText(input.notes);
      const decisions = input.decisions === undefined ? item.decisions : sanitizeRichText(input.decisions);
      await m.query(`UPDATE agenda_item SET notes = $2, decisions = $3, version = version + 1, updated_at = now() WHERE id = $1`, [
        item.id,
        notes,
        decisions,
      ]);
      await this.audit.recordChange(m, ctx, {
        panelId: meeting.panelId,
        entityType: 'AgendaItem',
        entityId: item.id,
        action: 'UPDATE',
        before: { notes: item.notes, decisions: item.decisions, version: item.version },
        after: { notes, decisions, version: item.version + 1 },
      });
      this.live.announce(m, meeting, 'ITEM_MINUTES_CHANGED', item.id, item.restrictedTo);
      return this.agendas.itemOf(m, ctx, meeting, item.id);
    });
  }

  /** Allocates the task through the tasks module (its rules, audit and events), linked to the meeting and item. */
  async raiseTask(ctx: RequestContext, input: RaiseTaskAtItemInput): Promise<TaskObject> {
    const { item, meeting } = await this.agendas.findItem(this.dataSource.manager, ctx, input.itemId);
    this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_MANAGE);
    requireStatus(meeting, ['IN_PROGRESS'], 'raise tasks at an item');
    const { itemId: _, ...fields } = input;
    const task = await this.tasks.allocate(ctx, { ...fields, panelId: meeting.panelId }, { meetingId: meeting.id, agendaItemId: item.id });
    this.live.announce(this.dataSource.manager, meeting, 'ITEM_TASKS_CHANGED', item.id, item.restrictedTo);
    return task;
  }

  /**
   * Ends the meeting for everyone. The minutes record who was present, so an empty register is refused
   * (EMPTY_REGISTER) unless the chair confirms that no one is to be recorded.
   */
  async close(ctx: RequestContext, meetingId: string, confirmEmptyRegister = false): Promise<MeetingLiveObject> {
    await this.dataSource.transaction(async (m) => {
      const meeting = await this.meetings.findVisible(m, ctx, meetingId, true);
      this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_MANAGE);
      requireStatus(meeting, ['IN_PROGRESS'], 'close the meeting');
      const [{ present }]: { present: number }[] = await m.query(
        `SELECT count(*)::int AS present FROM meeting_attendance WHERE meeting_id = $1 AND presence IN ('IN_PERSON','REMOTE')`,
        [meeting.id],
      );
      if (present === 0 && !confirmEmptyRegister) {
        throw new AppError(
          'EMPTY_REGISTER',
          'No one has been recorded as present. Mark the register first, or confirm that the meeting closes with no one recorded as present.',
          'confirmEmptyRegister',
        );
      }
      if (meeting.currentItemId) {
        await m.query(`UPDATE agenda_item SET ended_at = now() WHERE id = $1`, [meeting.currentItemId]);
        await m.query(`UPDATE meeting SET current_item_id = NULL, current_item_started_at = NULL WHERE id = $1`, [meeting.id]);
        await this.auditCurrent(m, ctx, meeting, null);
      }
      const closed = await this.meetings.transition(m, ctx, meeting, 'MINUTES_DRAFT');
      this.live.announce(m, closed, 'STATUS_CHANGED');
    });
    return this.live.state(ctx, meetingId);
  }

  /**
   * Ends the item being discussed and starts another. An item keeps its first start, so returning to it later
   * does not reset its timer; its end is the last time the meeting left it. The meeting's version is not
   * bumped: stepping through items is live state, and must not make the chair's other edits conflict.
   */
  private async makeCurrent(m: EntityManager, ctx: RequestContext, meeting: MeetingEntity, itemId: string): Promise<void> {
    if (meeting.currentItemId) await m.query(`UPDATE agenda_item SET ended_at = now() WHERE id = $1`, [meeting.currentItemId]);
    await m.query(`UPDATE agenda_item SET started_at = COALESCE(started_at, now()), ended_at = NULL WHERE id = $1`, [itemId]);
    await m.query(`UPDATE meeting SET current_item_id = $2, current_item_started_at = now(), updated_at = now() WHERE id = $1`, [meeting.id, itemId]);
    await this.auditCurrent(m, ctx, meeting, itemId);
    const after = await m.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id });
    this.meetings.announce(m, after);
  }

  private auditCurrent(m: EntityManager, ctx: RequestContext, meeting: MeetingEntity, itemId: string | null): Promise<void> {
    return this.audit.recordChange(m, ctx, {
      panelId: meeting.panelId,
      entityType: 'Meeting',
      entityId: meeting.id,
      action: 'UPDATE',
      before: { currentItemId: meeting.currentItemId },
      after: { currentItemId: itemId },
    });
  }
}
