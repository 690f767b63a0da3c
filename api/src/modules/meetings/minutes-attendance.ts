import type { EntityManager } from 'typeorm';
import type { Presence } from '@sentinel/shared';

export interface MinutesAttendee {
  name: string;
  agencyName: string | null;
  presence: Presence;
}

export interface MinutesApology {
  name: string;
  agencyName: string | null;
  substituteName: string | null;
}

export interface MinutesAttendanceContent {
  present: MinutesAttendee[];
  apologies: MinutesApology[];
}

/**
 * The minutes' attendance, read from the register as it stands: present (in person or remotely) and apologies
 * from those not present, by agency then name. The same rules as the attendance figures, so the two agree.
 */
export async function registerAttendance(m: EntityManager, meetingId: string): Promise<MinutesAttendanceContent> {
  const rows: { name: string; agency_name: string | null; reply: string | null; presence: Presence | null; substitute: string | null }[] =
    await m.query(
      `SELECT u.name, a.name AS agency_name, ma.reply, ma.presence, s.name AS substitute
       FROM meeting_attendance ma
       JOIN app_user u ON u.id = ma.user_id
       LEFT JOIN agency a ON a.id = ma.agency_id
       LEFT JOIN app_user s ON s.id = ma.substitute_user_id
      WHERE ma.meeting_id = $1 ORDER BY a.name NULLS LAST, u.name`,
      [meetingId],
    );
  const present = (p: Presence | null) => p === 'IN_PERSON' || p === 'REMOTE';
  return {
    present: rows.filter((a) => present(a.presence)).map((a) => ({ name: a.name, agencyName: a.agency_name, presence: a.presence as Presence })),
    apologies: rows
      .filter((a) => a.reply === 'APOLOGIES' && !present(a.presence))
      .map((a) => ({ name: a.name, agencyName: a.agency_name, substituteName: a.substitute })),
  };
}

/**
 * Carries a register change into the meeting's minutes while a version is still a draft (the first draft, or a
 * correction of approved minutes), so that what the chair approves is the register as it stands. An approved
 * version is a record and never changes: once approved, the register is changed only through a correction.
 * Answers the draft's id and new version, or null when there is no draft.
 */
export async function refreshDraftAttendance(m: EntityManager, meetingId: string): Promise<{ id: string; version: number } | null> {
  const attendance = await registerAttendance(m, meetingId);
  const [rows]: [{ id: string; version: number }[], number] = await m.query(
    `UPDATE meeting_minutes SET content = jsonb_set(content, '{attendance}', $2::jsonb), version = version + 1, updated_at = now()
      WHERE meeting_id = $1 AND status = 'DRAFT' AND content -> 'attendance' IS DISTINCT FROM $2::jsonb
      RETURNING id, version`,
    [meetingId, JSON.stringify(attendance)],
  );
  return rows[0] ?? null;
}
