import { leanRead } from '../../core/database/prepared-query.js';
import { defineLoader, groupBy } from '../../core/graphql/loaders.js';
import { invitedSql } from './attendance-sql.js';
import type { AttendanceObject } from './attendance.objects.js';

interface Row {
  meeting_id: string;
  user_id: string;
  user_name: string;
  agency_id: string | null;
  agency_name: string | null;
  reply: AttendanceObject['reply'];
  substitute_user_id: string | null;
  substitute_name: string | null;
  replied_at: Date | null;
  presence: AttendanceObject['presence'];
  confidentiality_acknowledged_at: Date | null;
}

/** Each meeting's attendance list, by agency then name, names joined in the same statement. */
export const ATTENDANCE_BY_MEETING = defineLoader<string, AttendanceObject[]>('attendanceByMeeting', async (ds, meetingIds) => {
  const rows = await leanRead<Row>(
    ds,
    `WITH mt AS (SELECT id, panel_id, starts_at FROM meeting WHERE id = ANY(:meetingIds)),
          inv AS (${invitedSql('mt')})
     SELECT inv.meeting_id, u.id AS user_id, u.name AS user_name, COALESCE(a.agency_id, u.agency_id) AS agency_id, ag.name AS agency_name,
            a.reply, a.substitute_user_id, su.name AS substitute_name, a.replied_at, a.presence, a.confidentiality_acknowledged_at
       FROM inv
       JOIN app_user u ON u.id = inv.user_id
       LEFT JOIN meeting_attendance a ON a.meeting_id = inv.meeting_id AND a.user_id = inv.user_id
       LEFT JOIN agency ag ON ag.id = COALESCE(a.agency_id, u.agency_id)
       LEFT JOIN app_user su ON su.id = a.substitute_user_id
      ORDER BY ag.name NULLS LAST, u.name, u.id`,
    { meetingIds: [...meetingIds] },
  );
  return groupBy(meetingIds, rows, (r) => r.meeting_id).map((list) =>
    list.map((r) => ({
      userId: r.user_id,
      userName: r.user_name,
      agencyId: r.agency_id,
      agencyName: r.agency_name,
      reply: r.reply,
      substituteUserId: r.substitute_user_id,
      substituteName: r.substitute_name,
      repliedAt: r.replied_at,
      presence: r.presence,
      confidentialityAcknowledgedAt: r.confidentiality_acknowledged_at,
    })),
  );
});
