import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { invitedSql } from './attendance-sql.js';
import type { AttendanceFiguresArgs } from './attendance.inputs.js';
import type { AttendanceFiguresObject } from './attendance.objects.js';

/** A meeting counts as held once it has opened. */
const HELD = `WITH held AS (
  SELECT id, panel_id, title, starts_at FROM meeting
   WHERE panel_id = $1 AND status IN ('IN_PROGRESS','MINUTES_DRAFT','MINUTES_APPROVED')
     AND ($2::timestamptz IS NULL OR starts_at >= $2) AND ($3::timestamptz IS NULL OR starts_at < $3))`;
const PRESENT = `presence IN ('IN_PERSON','REMOTE')`;

/**
 * The panel as it stood when meeting `h` began: members (joined by then, not yet disabled) and agencies, and who
 * joined or left (was disabled) since the meeting held before it (`s.previous_at`; since the panel began, for the
 * first). A few meetings a year, each counted over the panel's memberships by index.
 */
const MEMBERSHIP_AT = `
  (SELECT count(*) FROM membership ms JOIN app_user u ON u.id = ms.user_id
    WHERE ms.panel_id = $1 AND ms.created_at <= h.starts_at AND (u.disabled_at IS NULL OR u.disabled_at > h.starts_at))::int AS members,
  (SELECT count(*) FROM agency ag WHERE ag.panel_id = $1 AND ag.created_at <= h.starts_at)::int AS agencies,
  (SELECT count(*) FROM membership ms
    WHERE ms.panel_id = $1 AND ms.created_at <= h.starts_at AND (s.previous_at IS NULL OR ms.created_at > s.previous_at))::int AS joined,
  (SELECT count(*) FROM membership ms JOIN app_user u ON u.id = ms.user_id
    WHERE ms.panel_id = $1 AND ms.created_at <= u.disabled_at AND u.disabled_at <= h.starts_at
      AND (s.previous_at IS NULL OR u.disabled_at > s.previous_at))::int AS left`;

/**
 * Attendance and membership figures over time, two statements whatever the number of meetings or agencies.
 * Each person expected at a held meeting counts once: present (in person or remotely), apologies, or absent.
 */
@Injectable()
export class AttendanceFiguresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async figures(ctx: RequestContext, args: AttendanceFiguresArgs): Promise<AttendanceFiguresObject> {
    this.access.requirePanel(ctx, args.panelId, PERMISSIONS.MEETING_READ);
    const params = [args.panelId, args.from ?? null, args.to ?? null];
    const [agencies, meetings] = await Promise.all([
      this.dataSource.query(
        `${HELD}, inv AS (${invitedSql('held')}),
         expected AS (
           SELECT inv.meeting_id, COALESCE(a.agency_id, u.agency_id) AS agency_id, a.reply, a.presence
             FROM inv JOIN app_user u ON u.id = inv.user_id
             LEFT JOIN meeting_attendance a ON a.meeting_id = inv.meeting_id AND a.user_id = inv.user_id)
         SELECT ag.id AS agency_id, ag.name AS agency_name,
                count(DISTINCT e.meeting_id)::int AS meetings_held,
                count(DISTINCT e.meeting_id) FILTER (WHERE e.${PRESENT})::int AS meetings_represented,
                count(e.meeting_id)::int AS members_invited,
                count(e.meeting_id) FILTER (WHERE e.presence = 'IN_PERSON')::int AS present_in_person,
                count(e.meeting_id) FILTER (WHERE e.presence = 'REMOTE')::int AS present_remote,
                count(e.meeting_id) FILTER (WHERE e.reply = 'APOLOGIES' AND e.presence IS DISTINCT FROM 'IN_PERSON' AND e.presence IS DISTINCT FROM 'REMOTE')::int AS apologies,
                count(e.meeting_id) FILTER (WHERE (e.presence IS NULL OR e.presence = 'ABSENT') AND e.reply IS DISTINCT FROM 'APOLOGIES')::int AS absent
           FROM agency ag LEFT JOIN expected e ON e.agency_id = ag.id
          WHERE ag.panel_id = $1
          GROUP BY ag.id, ag.name
          ORDER BY ag.name, ag.id`,
        params,
      ),
      this.dataSource.query(
        `${HELD},
         since AS (
           SELECT id, lag(starts_at) OVER (ORDER BY starts_at, id) AS previous_at FROM meeting
            WHERE panel_id = $1 AND status IN ('IN_PROGRESS','MINUTES_DRAFT','MINUTES_APPROVED'))
         SELECT h.id AS meeting_id, h.title, h.starts_at,
                ${MEMBERSHIP_AT},
                count(a.user_id) FILTER (WHERE a.${PRESENT})::int AS attendees,
                count(a.user_id) FILTER (WHERE a.presence = 'IN_PERSON')::int AS present_in_person,
                count(a.user_id) FILTER (WHERE a.presence = 'REMOTE')::int AS present_remote,
                count(DISTINCT a.agency_id) FILTER (WHERE a.${PRESENT})::int AS agencies_represented
           FROM held h JOIN since s ON s.id = h.id LEFT JOIN meeting_attendance a ON a.meeting_id = h.id
          GROUP BY h.id, h.title, h.starts_at, s.previous_at
          ORDER BY h.starts_at, h.id`,
        params,
      ),
    ]);
    return {
      byAgency: agencies.map((r: Record<string, never>) => ({
        agencyId: r.agency_id,
        agencyName: r.agency_name,
        meetingsHeld: r.meetings_held,
        meetingsRepresented: r.meetings_represented,
        membersInvited: r.members_invited,
        presentInPerson: r.present_in_person,
        presentRemote: r.present_remote,
        apologies: r.apologies,
        absent: r.absent,
        attendanceRate: r.meetings_held ? (r.meetings_represented as number) / (r.meetings_held as number) : null,
      })),
      byMeeting: meetings.map((r: Record<string, never>) => ({
        meetingId: r.meeting_id,
        title: r.title,
        startsAt: r.starts_at,
        attendees: r.attendees,
        presentInPerson: r.present_in_person,
        presentRemote: r.present_remote,
        agenciesRepresented: r.agencies_represented,
        members: r.members,
        agencies: r.agencies,
        joined: r.joined,
        left: r.left,
      })),
    };
  }
}
