import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PERMISSIONS, type MeetingStatus } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import type { MarkAttendanceInput, ReplyToMeetingInput } from './attendance.inputs.js';
import { MeetingAttendanceEntity } from './meeting-attendance.entity.js';
import type { MeetingObject } from './meeting.objects.js';
import { MeetingsService, toMeetingObject } from './meetings.service.js';

/** Replies are for meetings still to come; presence is marked on the day and corrected until minutes are approved. */
const REPLY_OPEN: readonly MeetingStatus[] = ['PLANNED', 'AGENDA_PUBLISHED'];
const MARKING_OPEN: readonly MeetingStatus[] = ['PLANNED', 'AGENDA_PUBLISHED', 'IN_PROGRESS', 'MINUTES_DRAFT'];

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
    if (input.presence === 'ABSENT' && input.confidentialityAcknowledged) {
      throw AppError.badInput('confidentialityAcknowledged', 'Only someone present can acknowledge the confidentiality statement');
    }
    return this.dataSource.transaction(async (m) => {
      const meeting = await this.meetings.findVisible(m, ctx, input.meetingId);
      const viewer = this.access.requireInPanel(ctx, meeting.panelId, PERMISSIONS.MEETING_MANAGE);
      if (!MARKING_OPEN.includes(meeting.status))
        throw AppError.badInput('meetingId', 'Attendance is fixed once the minutes are approved, and a cancelled meeting has none');
      const [person]: { agency_id: string | null }[] = await m.query(
        `SELECT u.agency_id FROM app_user u JOIN membership ms ON ms.user_id = u.id AND ms.panel_id = $2 WHERE u.id = $1 AND u.disabled_at IS NULL`,
        [input.userId, meeting.panelId],
      );
      if (!person) throw AppError.badInput('userId', 'Choose an active member of this panel');
      const before = await this.current(m, meeting.id, input.userId);
      // A substitute not yet on the list is added; an acknowledgement already given keeps its time.
      await m.query(
        `INSERT INTO meeting_attendance (meeting_id, user_id, agency_id, presence, confidentiality_acknowledged_at, marked_by, marked_at)
         VALUES ($1, $2, $3, $4, CASE WHEN $5::boolean THEN now() END, $6, now())
         ON CONFLICT (meeting_id, user_id) DO UPDATE SET presence = EXCLUDED.presence,
           confidentiality_acknowledged_at = CASE WHEN $5::boolean THEN COALESCE(meeting_attendance.confidentiality_acknowledged_at, now()) END,
           marked_by = EXCLUDED.marked_by, marked_at = now()`,
        [meeting.id, input.userId, person.agency_id, input.presence, input.confidentialityAcknowledged, viewer.userId],
      );
      const after = await this.current(m, meeting.id, input.userId);
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
