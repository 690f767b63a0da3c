import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { listMeetings, setSeries } from './meeting-fixtures.js';

const REPLY = `mutation($i: ReplyToMeetingInput!) { replyToMeeting(input: $i) { id myReply { reply substituteName } } }`;
const MARK = `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { id } }`;
const ATTENDANCE = `query($id: ID!) { meeting(id: $id) { attendance { userId userName agencyName reply substituteName presence confidentialityAcknowledgedAt } myReply { reply } } }`;
const FIGURES = `query($p: ID!, $from: String, $to: String) { attendanceFigures(panelId: $p, from: $from, to: $to) {
  byAgency { agencyId agencyName meetingsHeld meetingsRepresented membersInvited presentInPerson presentRemote apologies absent attendanceRate }
  byMeeting { meetingId title attendees presentInPerson presentRemote agenciesRepresented members agencies joined left } } }`;

type Figures = {
  byAgency: {
    agencyId: string;
    agencyName: string;
    meetingsHeld: number;
    meetingsRepresented: number;
    membersInvited: number;
    presentInPerson: number;
    presentRemote: number;
    apologies: number;
    absent: number;
    attendanceRate: number | null;
  }[];
  byMeeting: {
    meetingId: string;
    attendees: number;
    presentInPerson: number;
    presentRemote: number;
    agenciesRepresented: number;
    members: number;
    agencies: number;
    joined: number;
    left: number;
  }[];
};

async function addMember(t: TestApp, p: PanelFixture, agency: string, name: string): Promise<string> {
  const [u] = await t.dataSource.query(`INSERT INTO app_user (email, name, agency_id) VALUES ($1, $2, $3) RETURNING id`, [
    `${name.replace(/\W/g, '.')}.${p.panelId.slice(0, 8)}@example.test`,
    name,
    agency,
  ]);
  await t.dataSource.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, 'PARTNER_MEMBER')`, [p.panelId, u.id]);
  return u.id;
}

/** A meeting that has taken place, straight in SQL (the flow to get there belongs to the live meeting). */
async function heldMeeting(t: TestApp, p: PanelFixture, startsAt: string): Promise<string> {
  const [m] = await t.dataSource.query(
    `INSERT INTO meeting (panel_id, title, starts_at, ends_at, mode, location, status) VALUES ($1, $2, $3, $3::timestamptz + interval '2 hours', 'IN_PERSON', 'HQ', 'MINUTES_DRAFT') RETURNING id`,
    [p.panelId, `Held ${startsAt}`, startsAt],
  );
  return m.id;
}

describe('attendance', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  let p: PanelFixture;
  let chair: string;
  let partner: string;
  let hmrcDeputy: string;
  beforeAll(async () => {
    t = await startTestApp({}, sql);
    p = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    partner = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    hmrcDeputy = await addMember(t, p, p.agencies.HMRC, 'HMRC deputy');
    await setSeries(t, chair, p.panelId);
  });
  afterAll(() => t.close());

  it('refuses apologies with a substitute from another agency', async () => {
    const [next] = await listMeetings(t, partner, p.panelId);
    for (const substituteUserId of [p.users.POLICE_MEMBER.userId, p.users.PARTNER_MEMBER.userId, '00000000-0000-4000-8000-000000000000']) {
      const res = await t.gql(REPLY, { i: { meetingId: next.id, reply: 'APOLOGIES', substituteUserId } }, { session: partner });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'substituteUserId' });
    }
    const [row] = await t.dataSource.query(`SELECT count(*)::int AS n FROM meeting_attendance WHERE meeting_id = $1`, [next.id]);
    expect(row.n).toBe(0);
  });

  it('takes apologies with a substitute from the same agency, shown on the list and as my reply', async () => {
    const [next] = await listMeetings(t, partner, p.panelId);
    const res = await t.gql<{ replyToMeeting: { myReply: { reply: string; substituteName: string } } }>(
      REPLY,
      { i: { meetingId: next.id, reply: 'APOLOGIES', substituteUserId: hmrcDeputy } },
      { session: partner },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.replyToMeeting.myReply).toEqual({ reply: 'APOLOGIES', substituteName: 'HMRC deputy' });
    const list = await t.gql<{
      meeting: { attendance: { userId: string; agencyName: string; reply: string | null; substituteName: string | null }[] };
    }>(ATTENDANCE, { id: next.id }, { session: chair });
    expect(list.data?.meeting.attendance).toHaveLength(6);
    expect(list.data?.meeting.attendance.find((a) => a.userId === p.users.PARTNER_MEMBER.userId)).toMatchObject({
      agencyName: 'HMRC',
      reply: 'APOLOGIES',
      substituteName: 'HMRC deputy',
    });
    const [audit] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'MeetingAttendance' AND entity_id = $1`,
      [next.id],
    );
    expect(audit.n).toBe(1);
  });

  it('lets only the chair and coordinator mark attendance, adding a substitute; the acknowledgement is the attendee’s own', async () => {
    const [next] = await listMeetings(t, partner, p.panelId);
    const refused = await t.gql(MARK, { i: { meetingId: next.id, userId: hmrcDeputy, presence: 'REMOTE' } }, { session: partner });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const coordinator = await t.signIn(p.users.COORDINATOR.email, TEST_PASSWORD);
    // The chair can no longer tick the acknowledgement for someone else.
    const ticked = await t.gql(
      MARK,
      { i: { meetingId: next.id, userId: hmrcDeputy, presence: 'REMOTE', confidentialityAcknowledged: true } },
      { session: coordinator },
    );
    expect(ticked.errors?.[0]?.message).toMatch(/confidentialityAcknowledged/);
    expect(
      (await t.gql(MARK, { i: { meetingId: next.id, userId: hmrcDeputy, presence: 'REMOTE' } }, { session: coordinator })).errors,
    ).toBeUndefined();
    type Lines = { meeting: { attendance: { userId: string; presence: string; confidentialityAcknowledgedAt: string | null }[] } };
    const line = async (userId: string) =>
      (await t.gql<Lines>(ATTENDANCE, { id: next.id }, { session: chair })).data!.meeting.attendance.find((a) => a.userId === userId)!;
    expect(await line(hmrcDeputy)).toMatchObject({ presence: 'REMOTE', confidentialityAcknowledgedAt: null });

    // The attendee gives it, once the agenda is out: recorded with the time and who, kept when marked again.
    const ACK = `mutation($id: ID!) { acknowledgeConfidentiality(meetingId: $id) { id } }`;
    expect((await t.gql(ACK, { id: next.id }, { session: partner })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'meetingId',
    });
    await t.dataSource.query(`UPDATE meeting SET status = 'AGENDA_PUBLISHED', agenda_published_at = now() WHERE id = $1`, [next.id]);
    expect((await t.gql(ACK, { id: next.id }, { session: partner })).errors).toBeUndefined();
    const given = (await line(p.users.PARTNER_MEMBER.userId)).confidentialityAcknowledgedAt;
    expect(given).toEqual(expect.any(String));
    expect((await t.gql(ACK, { id: next.id }, { session: partner })).errors).toBeUndefined();
    await t.gql(MARK, { i: { meetingId: next.id, userId: p.users.PARTNER_MEMBER.userId, presence: 'IN_PERSON' } }, { session: coordinator });
    expect(await line(p.users.PARTNER_MEMBER.userId)).toMatchObject({ presence: 'IN_PERSON', confidentialityAcknowledgedAt: given });
    expect((await line(hmrcDeputy)).confidentialityAcknowledgedAt).toBeNull();
    const [who] = await t.dataSource.query(
      `SELECT actor_user_id FROM audit_event WHERE entity_type = 'MeetingAttendance' AND entity_id = $1 AND changes ? 'confidentialityAcknowledgedAt' ORDER BY id DESC LIMIT 1`,
      [next.id],
    );
    expect(who.actor_user_id).toBe(p.users.PARTNER_MEMBER.userId);
  });

  it('counts attendance per agency and per meeting as direct SQL does, in the same number of statements however many meetings', async () => {
    const panel = await createPanel(t.dataSource);
    const session = await t.signIn(panel.users.CHAIR.email, TEST_PASSWORD);
    const deputy = await addMember(t, panel, panel.agencies.HMRC, 'HMRC second');
    await t.dataSource.query(`UPDATE membership SET created_at = '2025-01-01' WHERE panel_id = $1`, [panel.panelId]);
    const u = panel.users;
    const march = await heldMeeting(t, panel, '2026-03-10T10:00:00Z');
    const may = await heldMeeting(t, panel, '2026-05-12T09:00:00Z');
    const mark = async (meetingId: string, userId: string, presence: string) =>
      expect((await t.gql(MARK, { i: { meetingId, userId, presence } }, { session })).errors).toBeUndefined();
    await mark(march, u.CHAIR.userId, 'IN_PERSON');
    await mark(march, u.POLICE_MEMBER.userId, 'REMOTE');
    await mark(march, deputy, 'IN_PERSON');
    await mark(march, u.OBSERVER.userId, 'ABSENT');
    await mark(may, u.CHAIR.userId, 'REMOTE');
    await mark(may, u.PARTNER_MEMBER.userId, 'IN_PERSON');
    // Apologies sent before the meeting, recorded as they would have been.
    await t.dataSource.query(
      `INSERT INTO meeting_attendance (meeting_id, user_id, agency_id, reply, substitute_user_id, replied_at) VALUES ($1, $2, $3, 'APOLOGIES', $4, now())`,
      [march, u.PARTNER_MEMBER.userId, panel.agencies.HMRC, deputy],
    );

    const figures = async (): Promise<Figures> => {
      const res = await t.gql<{ attendanceFigures: Figures }>(FIGURES, { p: panel.panelId }, { session });
      expect(res.errors).toBeUndefined();
      return res.data!.attendanceFigures;
    };
    const before = sql.count;
    const got = await figures();
    const statements = sql.count - before;

    const direct = async (agencyId: string, where: string): Promise<number> => {
      const [r] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM meeting_attendance a JOIN meeting m ON m.id = a.meeting_id WHERE m.panel_id = $1 AND a.agency_id = $2 AND ${where}`,
        [panel.panelId, agencyId],
      );
      return r.n;
    };
    const [members] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE u.agency_id = $2)::int AS hmrc, count(*) FILTER (WHERE u.agency_id = $3)::int AS police FROM membership ms JOIN app_user u ON u.id = ms.user_id WHERE ms.panel_id = $1`,
      [panel.panelId, panel.agencies.HMRC, panel.agencies['Police SOC unit']],
    );
    const hmrc = got.byAgency.find((a) => a.agencyId === panel.agencies.HMRC)!;
    expect(hmrc).toMatchObject({
      meetingsHeld: 2,
      meetingsRepresented: 2,
      membersInvited: members.hmrc * 2,
      presentInPerson: await direct(panel.agencies.HMRC, `a.presence = 'IN_PERSON'`),
      presentRemote: await direct(panel.agencies.HMRC, `a.presence = 'REMOTE'`),
      apologies: await direct(panel.agencies.HMRC, `a.reply = 'APOLOGIES' AND a.presence IS NULL`),
      attendanceRate: 1,
    });
    expect(hmrc.absent).toBe(members.hmrc * 2 - hmrc.presentInPerson - hmrc.presentRemote - hmrc.apologies);
    const police = got.byAgency.find((a) => a.agencyId === panel.agencies['Police SOC unit'])!;
    expect(police).toMatchObject({
      membersInvited: members.police * 2,
      presentInPerson: 1,
      presentRemote: 2,
      apologies: 0,
      absent: members.police * 2 - 3,
    });
    expect(got.byAgency.find((a) => a.agencyName === 'Trading Standards')).toMatchObject({
      meetingsHeld: 2,
      meetingsRepresented: 0,
      absent: 2,
      attendanceRate: 0,
    });
    const [perMeeting] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE meeting_id = $1 AND presence IN ('IN_PERSON','REMOTE'))::int AS march, count(*) FILTER (WHERE meeting_id = $2 AND presence IN ('IN_PERSON','REMOTE'))::int AS may FROM meeting_attendance`,
      [march, may],
    );
    expect(got.byMeeting.map((m) => [m.meetingId, m.attendees])).toEqual([
      [march, perMeeting.march],
      [may, perMeeting.may],
    ]);
    expect(got.byMeeting[0]).toMatchObject({ presentInPerson: 2, presentRemote: 1, agenciesRepresented: 2 });

    // Planned meetings do not count; a period narrows the figures.
    const only = await t.gql<{ attendanceFigures: Figures }>(FIGURES, { p: panel.panelId, from: '2026-04-01T00:00:00Z' }, { session });
    expect(only.data?.attendanceFigures.byMeeting.map((m) => m.meetingId)).toEqual([may]);

    for (const day of ['2026-07-14', '2026-09-08', '2026-11-10']) await heldMeeting(t, panel, `${day}T10:00:00Z`);
    const again = sql.count;
    expect((await figures()).byMeeting).toHaveLength(5);
    expect(sql.count - again).toBe(statements);
  });

  it('counts the panel as it stood at each meeting: members and agencies, and who joined or left since the meeting before', async () => {
    const panel = await createPanel(t.dataSource);
    const session = await t.signIn(panel.users.CHAIR.email, TEST_PASSWORD);
    await t.dataSource.query(`UPDATE membership SET created_at = '2025-01-01' WHERE panel_id = $1`, [panel.panelId]);
    await t.dataSource.query(`UPDATE agency SET created_at = '2025-01-01' WHERE panel_id = $1 AND name <> 'Trading Standards'`, [panel.panelId]);
    await t.dataSource.query(`UPDATE agency SET created_at = '2026-04-20' WHERE panel_id = $1 AND name = 'Trading Standards'`, [panel.panelId]);
    const joiner = await addMember(t, panel, panel.agencies.HMRC, 'HMRC joiner');
    await t.dataSource.query(`UPDATE membership SET created_at = '2026-04-01' WHERE user_id = $1`, [joiner]);
    await t.dataSource.query(`UPDATE app_user SET disabled_at = '2026-04-15' WHERE id = $1`, [panel.users.OBSERVER.userId]);
    const march = await heldMeeting(t, panel, '2026-03-10T10:00:00Z');
    const may = await heldMeeting(t, panel, '2026-05-12T09:00:00Z');
    const read = async (from?: string) => {
      const res = await t.gql<{ attendanceFigures: Figures }>(FIGURES, { p: panel.panelId, from }, { session });
      expect(res.errors).toBeUndefined();
      return res.data!.attendanceFigures.byMeeting.map((m) => ({
        id: m.meetingId,
        members: m.members,
        agencies: m.agencies,
        joined: m.joined,
        left: m.left,
      }));
    };
    expect(await read()).toEqual([
      { id: march, members: 5, agencies: 2, joined: 5, left: 0 },
      { id: may, members: 5, agencies: 3, joined: 1, left: 1 },
    ]);
    // A period that starts after March still counts May's joiners and leavers since March.
    expect(await read('2026-04-01T00:00:00Z')).toEqual([{ id: may, members: 5, agencies: 3, joined: 1, left: 1 }]);
  });
});
