import ical from 'node-ical';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { HQ, listMeetings, setSeries, TEAMS_URL, type MeetingRow } from './meeting-fixtures.js';

const MEETING_INVITE = `query($id: ID!) { meetingInvite(meetingId: $id) { filename contentType content } }`;
const SERIES_INVITE = `query($p: ID!) { seriesInvite(panelId: $p) { filename contentType content } }`;

type File = { filename: string; contentType: string; content: string };

function events(content: string): ical.VEvent[] {
  return Object.values(ical.sync.parseICS(content)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
}

describe('calendar invitations', () => {
  let t: TestApp;
  let p: PanelFixture;
  let partner: string;
  let meetings: MeetingRow[];
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    const chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
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
