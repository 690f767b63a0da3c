import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PERMISSIONS, type AttendanceMark, type MeetingStatus } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import type { MarkAttendanceInput, ReplyToMeetingInput } from './attendance.inputs.js';
import { MeetingAttendanceEntity } from './meeting-attendance.entity.js';
import type { MeetingEntity } from './meeting.entity.js';
import type { MeetingObject } from './meeting.objects.js';
import { MeetingsService, toMeetingObject } from './meetings.service.js';
import { refreshDraftAttendance } from './minutes-attendance.js';

/**
 * Replies are for meetings still to come; presence is marked on the day and corrected until minutes are approved
 * (after that, through a correction of the minutes); the confidentiality statement is acknowledged by the attendee.
 */
const REPLY_OPEN: readonly MeetingStatus[] = ['PLANNED', 'AGENDA_PUBLISHED'];
const MARKING_OPEN: readonly MeetingStatus[] = ['PLANNED', 'AGENDA_PUBLISHED', 'IN_PROGRESS', 'MINUTES_DRAFT'];
const ACKNOWLEDGE_OPEN: readonly MeetingStatus[] = ['AGENDA_PUBLISHED', 'IN_PROGRESS'];

/** One line of the register as the chair marks it: present (in person or remotely), apologies, or absent. */
export interface RegisterMark {
  userId: string;
  mark: AttendanceMark;
}

/** Replies before a meeting and presence at it; each change audited against the meeting. */
@Injectable()
export class MeetingAttendanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly meetings: MeetingsService,
  ) {}

  async reply(ctx: RequestContext, input: ReplyToMeetingInput): Promise<MeetingObject> {
    return this.dataSource.transaction(async (m) => {
      const meeting = await this.meetings.findVisible(m, ctx, input.meetingId);
      const viewer = this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_REPLY);
      if (!REPLY_OPEN.includes(meeting.status)) throw AppError.badInput('reply', 'Replies close when the meeting starts');
      const substitute = input.reply === 'APOLOGIES' ? (input.substituteUserId ?? null) : null;
      if (input.substituteUserId && input.reply !== 'APOLOGIES')
        throw AppError.badInput('substituteUserId', 'A substitute comes only when you send apologies');
      if (substitute) {
        // The substitute speaks for the same agency, so must be an active member of it on this panel.
        const [ok]: unknown[] = await m.query(
          `SELECT 1 FROM app_user u JOIN membership ms ON ms.user_id = u.id AND ms.panel_id = $2
            WHERE u.id = $1 AND u.agency_id = $3 AND u.disabled_at IS NULL AND u.id <> $4`,
          [substitute, meeting.panelId, viewer.agencyId, viewer.userId],
        );
        if (!ok) throw AppError.badInput('substituteUserId', 'Choose a substitute who is an active member of your agency on this panel');
      }
      const before = await this.current(m, meeting.id, viewer.userId);
      await m.query(
        `INSERT INTO meeting_attendance (meeting_id, user_id, agency_id, reply, substitute_user_id, replied_at)
         VALUES ($1, $2, $3, $4, $5, now())
         ON CONFLICT (meeting_id, user_id) DO UPDATE SET reply = EXCLUDED.reply, substitute_user_id = EXCLUDED.substitute_user_id, replied_at = now()`,
        [meeting.id, viewer.userId, viewer.agencyId, input.reply, substitute],
      );
      const after = await this.current(m, meeting.id, viewer.userId);
      await this.recordChange(m, ctx, meeting.panelId, meeting.id, before, after);
      return toMeetingObject(meeting);
    });
  }

  async mark(ctx: RequestContext, input: MarkAttendanceInput): Promise<MeetingObject> {
    return this.dataSource.transaction(async (m) => {
      const meeting = await this.meetings.findVisible(m, ctx, input.meetingId, true);
      this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_MANAGE);
      if (meeting.status === 'MINUTES_APPROVED')
        throw AppError.badInput('meetingId', 'The minutes of this meeting are approved: correct who attended through a correction of the minutes');
      if (!MARKING_OPEN.includes(meeting.status)) throw AppError.badInput('meetingId', 'A cancelled meeting has no attendance');
      await this.setMarks(m, ctx, meeting, [{ userId: input.userId, mark: input.presence }]);
      await this.refreshMinutes(m, ctx, meeting);
      return toMeetingObject(meeting);
    });
  }

  /**
   * Records marks in the register, each audited: present in person or remotely, absent, or apologies (absent,
   * having sent them). A member not yet on the list (a substitute, a guest) is added; their acknowledgement of
   * the confidentiality statement is theirs to give and is never touched here. Callers check the meeting's state.
   */
  async setMarks(m: EntityManager, ctx: RequestContext, meeting: MeetingEntity, marks: readonly RegisterMark[]): Promise<void> {
    const viewer = this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_MANAGE);
    for (const { userId, mark } of marks) {
      const [person]: { agency_id: string | null }[] = await m.query(
        `SELECT u.agency_id FROM app_user u JOIN membership ms ON ms.user_id = u.id AND ms.panel_id = $2 WHERE u.id = $1 AND u.disabled_at IS NULL`,
        [userId, meeting.panelId],
      );
      if (!person) throw AppError.badInput('userId', 'Choose an active member of this panel');
      const before = await this.current(m, meeting.id, userId);
      const presence = mark === 'APOLOGIES' ? 'ABSENT' : mark;
      // Apologies are a reply; marking someone absent without them takes back apologies they had sent.
      await m.query(
        `INSERT INTO meeting_attendance (meeting_id, user_id, agency_id, presence, reply, marked_by, marked_at)
         VALUES ($1, $2, $3, $4, CASE WHEN $6 = 'APOLOGIES' THEN 'APOLOGIES' END, $5, now())
         ON CONFLICT (meeting_id, user_id) DO UPDATE SET presence = EXCLUDED.presence,
           reply = CASE WHEN $6 = 'APOLOGIES' THEN 'APOLOGIES'
                        WHEN $6 = 'ABSENT' AND meeting_attendance.reply = 'APOLOGIES' THEN NULL
                        ELSE meeting_attendance.reply END,
           marked_by = EXCLUDED.marked_by, marked_at = now()`,
        [meeting.id, userId, person.agency_id, presence, viewer.userId, mark],
      );
      const after = await this.current(m, meeting.id, userId);
      await this.recordChange(m, ctx, meeting.panelId, meeting.id, before, after);
    }
  }

  /** Carries the register into the minutes' draft version, if there is one (see refreshDraftAttendance). */
  async refreshMinutes(m: EntityManager, ctx: RequestContext, meeting: MeetingEntity): Promise<void> {
    const draft = await refreshDraftAttendance(m, meeting.id);
    if (!draft) return;
    await this.audit.recordChange(m, ctx, {
      panelId: meeting.panelId,
      entityType: 'MeetingMinutes',
      entityId: draft.id,
      action: 'UPDATE',
      before: { version: draft.version - 1, attendance: null },
      after: { version: draft.version, attendance: 'from the register' },
    });
  }

  /**
   * The attendee's own acknowledgement of the panel's confidentiality statement, given once (its first time is
   * kept) before or during the meeting. No one can give it for someone else.
   */
  async acknowledge(ctx: RequestContext, meetingId: string): Promise<MeetingObject> {
    return this.dataSource.transaction(async (m) => {
      const meeting = await this.meetings.findVisible(m, ctx, meetingId);
      const viewer = this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_READ);
      if (!ACKNOWLEDGE_OPEN.includes(meeting.status))
        throw AppError.badInput(
          'meetingId',
          'The confidentiality statement is acknowledged once the agenda is published and until the meeting closes',
        );
      const before = await this.current(m, meeting.id, viewer.userId);
      if (before?.confidentialityAcknowledgedAt) return toMeetingObject(meeting);
      await m.query(
        `INSERT INTO meeting_attendance (meeting_id, user_id, agency_id, confidentiality_acknowledged_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (meeting_id, user_id) DO UPDATE SET confidentiality_acknowledged_at = COALESCE(meeting_attendance.confidentiality_acknowledged_at, now())`,
        [meeting.id, viewer.userId, viewer.agencyId],
      );
      const after = await this.current(m, meeting.id, viewer.userId);
      await this.recordChange(m, ctx, meeting.panelId, meeting.id, before, after);
      return toMeetingObject(meeting);
    });
  }

  private async current(m: EntityManager, meetingId: string, userId: string): Promise<MeetingAttendanceEntity | null> {
    return m.getRepository(MeetingAttendanceEntity).findOneBy({ meetingId, userId });
  }

  private recordChange(
    m: EntityManager,
    ctx: RequestContext,
    panelId: string,
    meetingId: string,
    before: MeetingAttendanceEntity | null,
    after: MeetingAttendanceEntity | null,
  ) {
    const pick = (a: MeetingAttendanceEntity | null) =>
      a && {
        userId: a.userId,
        agencyId: a.agencyId,
        reply: a.reply,
        substituteUserId: a.substituteUserId,
        presence: a.presence,
        confidentialityAcknowledgedAt: a.confidentialityAcknowledgedAt,
      };
    return this.audit.recordChange(m, ctx, {
      panelId,
      entityType: 'MeetingAttendance',
      entityId: meetingId,
      action: before ? 'UPDATE' : 'CREATE',
      before: pick(before),
      // Rows are keyed by meeting, and the diff drops unchanged fields: name the person on every entry.
      after: after && { ...pick(after), person: after.userId },
    });
  }
}
