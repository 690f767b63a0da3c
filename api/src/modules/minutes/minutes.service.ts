import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService, scopeCondition } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { itemAudience, seesItem } from '../meetings/meeting-access.js';
import { MeetingMinutesEntity } from '../meetings/meeting-minutes.entity.js';
import type { MeetingEntity } from '../meetings/meeting.entity.js';
import { MeetingAttendanceService, type RegisterMark } from '../meetings/meeting-attendance.service.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { registerAttendance } from '../meetings/minutes-attendance.js';
import { seesTask } from '../tasks/task-access.js';
import { applyItemEdits, buildMinutesContent, visibleContent, type ItemEdit, type MinutesContent } from './minutes-content.js';
import type { CorrectMinutesInput, EditMinutesInput } from './minutes.inputs.js';
import type { MeetingMinutesObject } from './minutes.objects.js';

const LOCKED = 'These minutes are approved and locked. Record a correction instead: it becomes a new version, with its reason.';

/**
 * Minutes: drafted from what was recorded live, edited while in draft, approved by the chair (which locks the
 * version, and a database trigger holds that lock), corrected by a new version that gives its reason.
 */
@Injectable()
export class MinutesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
    private readonly attendance: MeetingAttendanceService,
  ) {}

  /** Every version, latest first, each filtered for the viewer. */
  async list(ctx: RequestContext, meetingId: string): Promise<MeetingMinutesObject[]> {
    const { meeting } = await this.meetings.findAgenda(this.dataSource.manager, ctx, meetingId);
    const rows = await this.dataSource.getRepository(MeetingMinutesEntity).find({ where: { meetingId: meeting.id }, order: { number: 'DESC' } });
    return rows.map((r) => this.present(ctx, r));
  }

  /** The latest approved minutes of the meeting before this one, where the next agenda starts from. */
  async previous(ctx: RequestContext, meetingId: string): Promise<MeetingMinutesObject | null> {
    const meeting = await this.meetings.findVisible(this.dataSource.manager, ctx, meetingId);
    const row = await this.previousApproved(this.dataSource.manager, meeting);
    return row ? this.present(ctx, row) : null;
  }

  async previousApproved(m: EntityManager, meeting: MeetingEntity): Promise<MeetingMinutesEntity | null> {
    const [prior]: { id: string }[] = await m.query(
      `SELECT mm.id FROM meeting_minutes mm
        WHERE mm.status = 'APPROVED' AND mm.meeting_id = (
          SELECT p.id FROM meeting p WHERE p.panel_id = $1 AND p.starts_at < $2 AND p.status <> 'CANCELLED' AND p.id <> $3
           ORDER BY p.starts_at DESC LIMIT 1)
        ORDER BY mm.number DESC LIMIT 1`,
      [meeting.panelId, meeting.startsAt, meeting.id],
    );
    return prior ? m.getRepository(MeetingMinutesEntity).findOneByOrFail({ id: prior.id }) : null;
  }

  /** For the files: the latest approved version, or the latest draft while none is approved. */
  async forExport(m: EntityManager, meetingId: string): Promise<MeetingMinutesEntity | null> {
    return m
      .getRepository(MeetingMinutesEntity)
      .createQueryBuilder('mm')
      .where('mm.meeting_id = :meetingId', { meetingId })
      .orderBy(`CASE WHEN mm.status = 'APPROVED' THEN 0 ELSE 1 END`)
      .addOrderBy('mm.number', 'DESC')
      .getOne();
  }

  async draft(ctx: RequestContext, meetingId: string): Promise<MeetingMinutesObject> {
    return this.dataSource.transaction(async (m) => {
      const meeting = await this.meetings.findVisible(m, ctx, meetingId, true);
      const viewer = this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_MANAGE);
      if (meeting.status !== 'MINUTES_DRAFT') {
        throw AppError.badInput('meetingId', 'Minutes can be drafted once the meeting has been closed');
      }
      if (await m.getRepository(MeetingMinutesEntity).existsBy({ meetingId: meeting.id })) {
        throw new AppError('CONFLICT', 'These minutes have already been drafted. Edit the draft, or record a correction to approved minutes.');
      }
      const content = await buildMinutesContent(m, meeting);
      const created = await m.getRepository(MeetingMinutesEntity).save(
        m.create(MeetingMinutesEntity, {
          meetingId: meeting.id,
          panelId: meeting.panelId,
          number: 1,
          status: 'DRAFT',
          content: content as never,
          createdBy: viewer.userId,
        }),
      );
      await this.audit.recordChange(m, ctx, {
        panelId: meeting.panelId,
        entityType: 'MeetingMinutes',
        entityId: created.id,
        action: 'CREATE',
        after: { number: 1, status: 'DRAFT', version: 1 },
      });
      return this.present(ctx, created);
    });
  }

  async edit(ctx: RequestContext, input: EditMinutesInput): Promise<MeetingMinutesObject> {
    return this.dataSource.transaction(async (m) => {
      const { meeting, current } = await this.lockForChange(m, ctx, input.minutesId);
      this.access.requireInPanel(ctx, current.panelId, PERMISSIONS.MEETING_MANAGE);
      if (current.status === 'APPROVED') throw new AppError('CONFLICT', LOCKED);
      await this.assertVersion(m, current, input.version);
      const content = await this.withAttendance(
        m,
        ctx,
        meeting,
        this.edited(current.content as unknown as MinutesContent, input.items),
        input.attendance,
      );
      return this.present(ctx, await this.update(m, ctx, current, { content }, input));
    });
  }

  async approve(ctx: RequestContext, minutesId: string, version: number): Promise<MeetingMinutesObject> {
    return this.dataSource.transaction(async (m) => {
      const { meeting, current } = await this.lockForChange(m, ctx, minutesId);
      const viewer = this.access.requireInPanel(ctx, current.panelId, PERMISSIONS.MINUTES_APPROVE);
      if (current.status === 'APPROVED') throw new AppError('CONFLICT', 'These minutes are already approved');
      await this.assertVersion(m, current, version);
      const approved = await this.update(m, ctx, current, { status: 'APPROVED', approvedBy: viewer.userId, approvedAt: () => 'now()' });
      // The first approval moves the meeting on; approving a correction leaves it where it is.
      if (meeting.status === 'MINUTES_DRAFT') await this.meetings.transition(m, ctx, meeting, 'MINUTES_APPROVED');
      return this.present(ctx, approved);
    });
  }

  async correct(ctx: RequestContext, input: CorrectMinutesInput): Promise<MeetingMinutesObject> {
    const reason = input.reason.trim();
    if (!reason) throw AppError.badInput('reason', 'Say why the approved minutes are being corrected');
    return this.dataSource.transaction(async (m) => {
      const meeting = await this.meetings.findVisible(m, ctx, input.meetingId, true);
      const viewer = this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_MANAGE);
      const versions = await m.getRepository(MeetingMinutesEntity).find({ where: { meetingId: meeting.id }, order: { number: 'DESC' } });
      const base = versions.find((v) => v.status === 'APPROVED');
      if (!base) throw AppError.badInput('meetingId', 'Only approved minutes are corrected; edit the draft instead');
      if (versions[0].status === 'DRAFT') {
        throw new AppError('CONFLICT', `Version ${versions[0].number} is already a draft: edit it, or have the chair approve it first`);
      }
      const content = await this.withAttendance(
        m,
        ctx,
        meeting,
        this.edited(base.content as unknown as MinutesContent, input.items),
        input.attendance,
      );
      const number = versions[0].number + 1;
      const created = await m.getRepository(MeetingMinutesEntity).save(
        m.create(MeetingMinutesEntity, {
          meetingId: meeting.id,
          panelId: meeting.panelId,
          number,
          status: 'DRAFT',
          content: content as never,
          correctionReason: reason,
          createdBy: viewer.userId,
        }),
      );
      await this.audit.recordChange(m, ctx, {
        panelId: meeting.panelId,
        entityType: 'MeetingMinutes',
        entityId: created.id,
        action: 'CREATE',
        after: { number, status: 'DRAFT', correctionReason: reason, correctsVersion: base.number, version: 1 },
      });
      return this.present(ctx, created);
    });
  }

  /** Minutes of a meeting in one of the viewer's panels, or NOT_FOUND exactly as for minutes that do not exist. */
  private async findVisible(m: EntityManager, ctx: RequestContext, id: string, lock = true): Promise<MeetingMinutesEntity> {
    const scope = scopeCondition(this.access.scope(ctx, PERMISSIONS.MEETING_READ), 'mm.panel_id');
    const qb = m.getRepository(MeetingMinutesEntity).createQueryBuilder('mm').where('mm.id = :id', { id }).andWhere(scope.sql, scope.params);
    if (lock) qb.setLock('pessimistic_write');
    const row = await qb.getOne();
    if (!row) throw AppError.notFound('Minutes');
    return row;
  }

  /**
   * Locks the meeting, then the minutes version. Every change takes its locks in that order (meeting, minutes, then
   * the register), as marking attendance does, so that a register change and a minutes change cannot deadlock.
   */
  private async lockForChange(m: EntityManager, ctx: RequestContext, id: string): Promise<{ meeting: MeetingEntity; current: MeetingMinutesEntity }> {
    const { meetingId } = await this.findVisible(m, ctx, id, false);
    const meeting = await this.meetings.findVisible(m, ctx, meetingId, true);
    return { meeting, current: await this.findVisible(m, ctx, id) };
  }

  /** A stale edit is told which items (`items.<id>`) and register lines (`attendance.<user id>`) were changed since. */
  private async assertVersion(m: EntityManager, current: MeetingMinutesEntity, version: number): Promise<void> {
    if (current.version === version) return;
    const changed = await this.audit.changedSince(m, 'MeetingMinutes', current.id, version, {
      parts: { editedItems: 'items', editedAttendance: 'attendance' },
    });
    throw AppError.conflict('This version of the minutes', changed, 'MeetingMinutes');
  }

  /**
   * Who attended, corrected from the minutes: the register changes (each line audited, so the attendance figures
   * agree with the minutes) and the draft's attendance is read back from it. An approved version is never
   * changed; after approval the register changes only with a correction.
   */
  private async withAttendance(
    m: EntityManager,
    ctx: RequestContext,
    meeting: MeetingEntity,
    content: MinutesContent,
    marks: readonly RegisterMark[],
  ): Promise<MinutesContent> {
    if (!marks.length) return content;
    await this.attendance.setMarks(m, ctx, meeting, marks);
    return { ...content, attendance: await registerAttendance(m, meeting.id) };
  }

  private edited(content: MinutesContent, items: readonly ItemEdit[]): MinutesContent {
    const result = applyItemEdits(content, items);
    if (result.unknown.length) throw AppError.badInput('items', 'One of the items is not part of these minutes');
    return result.content;
  }

  private async update(
    m: EntityManager,
    ctx: RequestContext,
    current: MeetingMinutesEntity,
    set: Partial<Record<'content' | 'status' | 'approvedBy' | 'approvedAt', unknown>>,
    edits: { items: readonly ItemEdit[]; attendance: readonly RegisterMark[] } = { items: [], attendance: [] },
  ): Promise<MeetingMinutesEntity> {
    await m
      .createQueryBuilder()
      .update(MeetingMinutesEntity)
      .set({ ...(set as object), version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id', { id: current.id })
      .execute();
    const after = await m.getRepository(MeetingMinutesEntity).findOneByOrFail({ id: current.id });
    await this.audit.recordChange(m, ctx, {
      panelId: current.panelId,
      entityType: 'MeetingMinutes',
      entityId: current.id,
      action: 'UPDATE',
      // The text itself stays in the versions; the trail says which items and register lines were edited, and by whom.
      before: { status: current.status, version: current.version, editedItems: null, editedAttendance: null },
      after: {
        status: after.status,
        version: after.version,
        editedItems: edits.items.length ? edits.items.map((e) => e.itemId) : null,
        editedAttendance: edits.attendance.length ? edits.attendance.map((a) => a.userId) : null,
      },
    });
    return after;
  }

  /**
   * What a version says to this viewer, for the API and for every file: the agenda item rule and the task rule
   * applied to what was stored. Minutes exist only once the meeting has been held, so its agenda was published.
   */
  contentFor(ctx: RequestContext, row: MeetingMinutesEntity): MinutesContent {
    const audience = itemAudience(this.access, ctx);
    return visibleContent(row.content as unknown as MinutesContent, {
      seesItem: (restrictedTo) => seesItem(audience, { panelId: row.panelId, restrictedTo }),
      seesTask: (task) => seesTask(this.access, ctx, { panelId: row.panelId, agencyId: task.agencyId }),
    });
  }

  /** The API's view of a version: what `contentFor` lets the viewer see, and nothing else. */
  present(ctx: RequestContext, row: MeetingMinutesEntity): MeetingMinutesObject {
    const content = this.contentFor(ctx, row);
    return {
      id: row.id,
      meetingId: row.meetingId,
      number: row.number,
      status: row.status,
      correctionReason: row.correctionReason,
      approvedByUserId: row.approvedBy,
      approvedAt: row.approvedAt,
      createdAt: row.createdAt,
      items: content.items,
      otherTasks: content.otherTasks,
      otherThreatOutcomes: content.otherThreatOutcomes,
      attendance: content.attendance,
      version: row.version,
    };
  }
}
