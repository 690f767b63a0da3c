import ical from 'node-ical';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { HQ, listMeetings, setSeries, TEAMS_URL, type MeetingRow } from './meeting-fixtures.js';

const MEETING_INVITE = `query($id: ID!) { meetingInvite(meetingId: $id) { filename contentType content } }`;
const SERIES_INVITE = `query($p: ID!) { seriesInvite(panelId: $p) { filename contentType content } }`;
const CANCEL = `mutation($id: ID!, $v: Int!) { cancelMeeting(id: $id, version: $v) { id status version } }`;

type File = { filename: string; contentType: string; content: string };

function events(content: string): ical.VEvent[] {
  return Object.values(ical.sync.parseICS(content)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
}

describe('calendar invitations', () => {
  let t: TestApp;
  let p: PanelFixture;
  let chair: string;
  let partner: string;
  let meetings: MeetingRow[];
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    partner = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    await setSeries(t, chair, p.panelId);
    meetings = await listMeetings(t, chair, p.panelId);
  });
  afterAll(() => t.close());

  const invite = async (id: string): Promise<File> => {
    const res = await t.gql<{ meetingInvite: File }>(MEETING_INVITE, { id }, { session: partner });
    expect(res.errors).toBeUndefined();
    return res.data!.meetingInvite;
  };
  const series = async (panelId = p.panelId, session = partner): Promise<File> => {
    const res = await t.gql<{ seriesInvite: File }>(SERIES_INVITE, { p: panelId }, { session });
    expect(res.errors).toBeUndefined();
    return res.data!.seriesInvite;
  };
  // node-ical gives ORGANIZER;CN=...:mailto:... as { params: { CN }, val }.
  const organizer = (e: ical.VEvent) => {
    const o = e.organizer as unknown as { params: { CN: string }; val: string };
    return { name: o.params.CN, mailto: o.val };
  };

  it('ends every content line with CRLF, END:VCALENDAR included (RFC 5545 3.1)', async () => {
    for (const { content } of [await invite(meetings[0].id), await series()]) {
      expect(content.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(content.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    }
  });

  it("names the panel's chair as ORGANIZER of every event, as METHOD:PUBLISH requires (RFC 5546)", async () => {
    const one = await invite(meetings[0].id);
    expect(one.content).toContain('METHOD:PUBLISH');
    const all = [...events(one.content), ...events((await series()).content)];
    expect(all.length).toBe(meetings.length + 1);
    const [chairUser] = await t.dataSource.query(`SELECT name, email FROM app_user WHERE id = $1`, [p.users.CHAIR.userId]);
    all.forEach((e) => expect(organizer(e)).toEqual({ name: chairUser.name, mailto: `mailto:${chairUser.email}` }));
  });

  it('names the coordinator when the panel has no chair who can sign in, and the service address when it has neither', async () => {
    const other = await createPanel(t.dataSource);
    const session = await t.signIn(other.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    await t.dataSource.query(
      `INSERT INTO meeting (panel_id, title, starts_at, ends_at, mode, location) VALUES ($1, 'Panel meeting, 9 March 2027', '2027-03-09T10:00Z', '2027-03-09T12:00Z', 'IN_PERSON', 'HQ')`,
      [other.panelId],
    );
    await t.dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [other.users.CHAIR.userId]);
    const [byCoordinator] = events((await series(other.panelId, session)).content);
    expect(organizer(byCoordinator).mailto).toBe(`mailto:${other.users.COORDINATOR.email}`);
    await t.dataSource.query(`DELETE FROM membership WHERE panel_id = $1 AND role IN ('CHAIR', 'COORDINATOR')`, [other.panelId]);
    const [byService] = events((await series(other.panelId, session)).content);
    expect(organizer(byService)).toEqual({ name: 'Sentinel', mailto: 'mailto:no-reply@sentinel.invalid' });
  });

  it('carries a winter Teams meeting at 10:00 London as 10:00 UTC, with the link and the marking', async () => {
    const january = meetings.find((m) => m.startsAt.startsWith('2027-01-12'))!;
    const file = await invite(january.id);
    expect(file).toMatchObject({ contentType: 'text/calendar', filename: 'panel-meeting-12-january-2027.ics' });
    const [event] = events(file.content);
    expect(event.uid).toBe(`${january.id}@sentinel`);
    expect((event.start as Date).toISOString()).toBe('2027-01-12T10:00:00.000Z');
    expect((event.end as Date).toISOString()).toBe('2027-01-12T12:00:00.000Z');
    expect(event.summary).toContain('Panel meeting, 12 January 2027');
    expect(event.location).toBe('Microsoft Teams');
    // node-ical gives a property with parameters (URL;VALUE=URI) as { params, val }.
    const url = event.url as unknown as string | { val: string };
    expect(typeof url === 'string' ? url : url.val).toBe(TEAMS_URL);
    expect(String(event.description)).toContain(TEAMS_URL);
    expect(String(event.description)).toContain('OFFICIAL-SENSITIVE');
  });

  it('carries a summer in-person meeting at 10:00 London as 09:00 UTC, with the place', async () => {
    const july = meetings.find((m) => m.startsAt.startsWith('2027-07-13'))!;
    const [event] = events((await invite(july.id)).content);
    expect((event.start as Date).toISOString()).toBe('2027-07-13T09:00:00.000Z');
    expect((event.end as Date).toISOString()).toBe('2027-07-13T11:00:00.000Z');
    expect(event.location).toBe(HQ);
    expect(event.url ?? null).toBeNull();
    expect(String(event.description)).toContain('OFFICIAL-SENSITIVE');
  });

  it('gives the series as one file, one event per meeting with a stable UID', async () => {
    const res = await t.gql<{ seriesInvite: File }>(SERIES_INVITE, { p: p.panelId }, { session: partner });
    expect(res.errors).toBeUndefined();
    const parsed = events(res.data!.seriesInvite.content);
    expect(parsed.map((e) => e.uid)).toEqual(meetings.map((m) => `${m.id}@sentinel`));
    expect(parsed.map((e) => (e.start as Date).toISOString())).toEqual(meetings.map((m) => m.startsAt));
    const again = await t.gql<{ seriesInvite: File }>(SERIES_INVITE, { p: p.panelId }, { session: partner });
    expect(events(again.data!.seriesInvite.content).map((e) => e.uid)).toEqual(parsed.map((e) => e.uid));
  });

  it('keeps a cancelled meeting in the series and its own file as CANCELLED with a higher SEQUENCE, so calendars remove it', async () => {
    const march = meetings[1];
    const before = events((await series()).content).find((e) => e.uid === `${march.id}@sentinel`)!;
    expect(before.status).toBe('CONFIRMED');
    const res = await t.gql<{ cancelMeeting: { version: number } }>(CANCEL, { id: march.id, v: march.version }, { session: chair });
    expect(res.errors).toBeUndefined();
    const after = events((await series()).content);
    expect(after.map((e) => e.uid)).toEqual(meetings.map((m) => `${m.id}@sentinel`));
    const cancelled = after.find((e) => e.uid === `${march.id}@sentinel`)!;
    expect(cancelled.status).toBe('CANCELLED');
    expect(Number(cancelled.sequence)).toBeGreaterThan(Number(before.sequence));
    expect(after.filter((e) => e.status === 'CANCELLED')).toHaveLength(1);
    const [own] = events((await invite(march.id)).content);
    expect(own).toMatchObject({ uid: `${march.id}@sentinel`, status: 'CANCELLED' });
    expect(Number(own.sequence)).toBe(Number(cancelled.sequence));
  });

  it('answers a member of another panel exactly like a meeting that does not exist', async () => {
    const other = await createPanel(t.dataSource);
    const outsider = await t.signIn(other.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    const foreign = await t.gql(MEETING_INVITE, { id: meetings[0].id }, { session: outsider });
    const missing = await t.gql(MEETING_INVITE, { id: '00000000-0000-4000-8000-000000000000' }, { session: outsider });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]).toEqual(missing.errors?.[0]);
    const series = await t.gql(SERIES_INVITE, { p: p.panelId }, { session: outsider });
    expect(series.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
