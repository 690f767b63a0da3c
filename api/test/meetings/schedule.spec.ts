import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { asScheduledWork } from '../support/system-scope.js';
import { MeetingScheduleService, MEETINGS_AHEAD } from '../../src/modules/meetings/meeting-schedule.service.js';
import { loadDemoData } from '../../src/demo/demo-data.js';
import { BIMONTHLY, HQ, listMeetings, SET_SERIES, setSeries, TEAMS_URL } from './meeting-fixtures.js';

const MOVE = `mutation($i: MoveMeetingInput!) { moveMeeting(input: $i) { id title startsAt endsAt mode location teamsUrl version } }`;
const CANCEL = `mutation($id: ID!, $v: Int!) { cancelMeeting(id: $id, version: $v) { id status version } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { id title status } }`;

describe('the meeting schedule', () => {
  let t: TestApp;
  let p: PanelFixture;
  let chair: string;
  let partner: string;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    partner = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('generates the next six meetings, alternating Teams and in person, at 10:00 London across the clock changes', async () => {
    await setSeries(t, chair, p.panelId);
    const meetings = await listMeetings(t, partner, p.panelId);
    expect(meetings.map((m) => [m.title, m.startsAt, m.endsAt, m.mode])).toEqual([
      ['Panel meeting, 12 January 2027', '2027-01-12T10:00:00.000Z', '2027-01-12T12:00:00.000Z', 'TEAMS'],
      ['Panel meeting, 9 March 2027', '2027-03-09T10:00:00.000Z', '2027-03-09T12:00:00.000Z', 'IN_PERSON'],
      // British Summer Time from 28 March 2027: 10:00 in London is 09:00 UTC.
      ['Panel meeting, 11 May 2027', '2027-05-11T09:00:00.000Z', '2027-05-11T11:00:00.000Z', 'TEAMS'],
      ['Panel meeting, 13 July 2027', '2027-07-13T09:00:00.000Z', '2027-07-13T11:00:00.000Z', 'IN_PERSON'],
      ['Panel meeting, 14 September 2027', '2027-09-14T09:00:00.000Z', '2027-09-14T11:00:00.000Z', 'TEAMS'],
      // Back to GMT from 31 October 2027.
      ['Panel meeting, 9 November 2027', '2027-11-09T10:00:00.000Z', '2027-11-09T12:00:00.000Z', 'IN_PERSON'],
    ]);
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', hour: '2-digit', minute: '2-digit' });
    for (const m of meetings) {
      expect(local.format(new Date(m.startsAt))).toBe('Tuesday 10:00');
      expect(m.mode === 'TEAMS' ? [m.teamsUrl, m.location] : [m.teamsUrl, m.location]).toEqual(m.mode === 'TEAMS' ? [TEAMS_URL, null] : [null, HQ]);
    }
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE panel_id = $1 AND entity_type = 'Meeting' AND action = 'CREATE'`,
      [p.panelId],
    );
    expect(n).toBe(6);
  });

  it('refuses a link that is not Microsoft Teams, naming teamsUrl', async () => {
    const other = await createPanel(t.dataSource);
    const session = await t.signIn(other.users.COORDINATOR.email, TEST_PASSWORD);
    for (const teamsUrl of ['https://zoom.us/j/123', 'http://teams.microsoft.com/l/x', 'https://teams.microsoft.com.evil.example/l/x']) {
      const res = await t.gql(SET_SERIES, { i: { panelId: other.panelId, ...BIMONTHLY, teamsUrl } }, { session });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'teamsUrl' });
    }
    expect(await listMeetings(t, session, other.panelId)).toEqual([]);
  });

  it('refuses rules that are unreadable, sub-daily or closer than about monthly', async () => {
    const other = await createPanel(t.dataSource);
    const session = await t.signIn(other.users.CHAIR.email, TEST_PASSWORD);
    for (const rule of [
      'FREQ=SOMETIMES',
      'not a rule',
      'FREQ=HOURLY;INTERVAL=1000',
      'FREQ=WEEKLY',
      'FREQ=MONTHLY;BYDAY=TU',
      'FREQ=MONTHLY;BYHOUR=10',
    ]) {
      const res = await t.gql(SET_SERIES, { i: { panelId: other.panelId, ...BIMONTHLY, rule } }, { session });
      expect([rule, res.errors?.[0]?.extensions]).toEqual([rule, expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'rule' })]);
    }
  });

  it('lets only the chair and coordinator set the schedule', async () => {
    const res = await t.gql(SET_SERIES, { i: { panelId: p.panelId, ...BIMONTHLY } }, { session: partner });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers a member of another panel exactly like a meeting that does not exist', async () => {
    const [first] = await listMeetings(t, chair, p.panelId);
    const other = await createPanel(t.dataSource);
    const outsider = await t.signIn(other.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    const foreign = await t.gql(MEETING, { id: first.id }, { session: outsider });
    const missing = await t.gql(MEETING, { id: '00000000-0000-4000-8000-000000000000' }, { session: outsider });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]).toEqual(missing.errors?.[0]);
    const move = await t.gql(
      MOVE,
      { i: { id: first.id, startsAt: '2027-01-14T10:00:00Z', endsAt: '2027-01-14T12:00:00Z', mode: 'TEAMS', teamsUrl: TEAMS_URL, version: 1 } },
      { session: await t.signIn(other.users.CHAIR.email, TEST_PASSWORD) },
    );
    expect(move.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('moves one meeting on its own and keeps it when the series is regenerated', async () => {
    const panel = await createPanel(t.dataSource);
    const session = await t.signIn(panel.users.CHAIR.email, TEST_PASSWORD);
    const series = await setSeries(t, session, panel.panelId);
    const before = await listMeetings(t, session, panel.panelId);
    const moved = await t.gql<{ moveMeeting: { title: string; startsAt: string; mode: string; location: string; version: number } }>(
      MOVE,
      {
        i: {
          id: before[2].id,
          startsAt: '2027-05-13T14:00:00+01:00',
          endsAt: '2027-05-13T16:00:00+01:00',
          mode: 'IN_PERSON',
          location: 'Council offices',
          version: before[2].version,
        },
      },
      { session },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.moveMeeting).toMatchObject({
      title: 'Panel meeting, 13 May 2027',
      startsAt: '2027-05-13T13:00:00.000Z',
      mode: 'IN_PERSON',
      location: 'Council offices',
      version: 2,
    });
    const after = await listMeetings(t, session, panel.panelId);
    expect(after.filter((m) => m.id !== before[2].id)).toEqual(before.filter((m) => m.id !== before[2].id));

    const audited = () => t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE panel_id = $1`, [panel.panelId]);
    const [{ n }] = await audited();
    const stale = await t.gql(
      MOVE,
      { i: { id: before[2].id, startsAt: '2027-05-14T10:00:00Z', endsAt: '2027-05-14T12:00:00Z', mode: 'TEAMS', teamsUrl: TEAMS_URL, version: 1 } },
      { session },
    );
    expect(stale.errors?.[0]?.message).toContain(
      ': End time, Location, How it is held, Date and start time, Teams meeting link, Title changed. Check their changes beside yours',
    );
    expect(stale.errors?.[0]?.extensions).toEqual({
      code: 'CONFLICT',
      changedFields: ['endsAt', 'location', 'mode', 'startsAt', 'teamsUrl', 'title'],
    });
    expect(await listMeetings(t, session, panel.panelId)).toEqual(after);
    expect((await audited())[0].n).toBe(n);

    // A later start time regenerates the untouched planned meetings in place and leaves the moved one alone.
    const res = await t.gql(SET_SERIES, { i: { panelId: panel.panelId, ...BIMONTHLY, startTime: '13:30', version: series.version } }, { session });
    expect(res.errors).toBeUndefined();
    const regenerated = await listMeetings(t, session, panel.panelId);
    expect(regenerated.map((m) => m.id)).toEqual(before.map((m) => m.id));
    expect(regenerated.find((m) => m.id === before[2].id)?.startsAt).toBe('2027-05-13T13:00:00.000Z');
    expect(regenerated.filter((m) => m.id !== before[2].id).map((m) => m.startsAt.slice(11, 16))).toEqual([
      '13:30',
      '13:30',
      '12:30',
      '12:30',
      '13:30',
    ]);
  });

  it('answers a stale save of the schedule with CONFLICT naming what changed as the form labels it, and writes nothing', async () => {
    const panel = await createPanel(t.dataSource);
    const session = await t.signIn(panel.users.COORDINATOR.email, TEST_PASSWORD);
    const opened = await setSeries(t, session, panel.panelId);
    await setSeries(t, session, panel.panelId, { startTime: '13:30', location: 'Council offices', version: opened.version });
    const series = () =>
      t.dataSource.query(`SELECT start_time, duration_minutes, location, version FROM meeting_series WHERE panel_id = $1`, [panel.panelId]);
    const audited = () => t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE panel_id = $1`, [panel.panelId]);
    const [before, meetings, [{ n }]] = [await series(), await listMeetings(t, session, panel.panelId), await audited()];

    const stale = await t.gql(SET_SERIES, { i: { panelId: panel.panelId, ...BIMONTHLY, durationMinutes: 90, version: opened.version } }, { session });
    expect(stale.errors?.[0]?.message).toContain(': Location, Start time changed.');
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', changedFields: ['location', 'startTime'] });
    expect(await series()).toEqual(before);
    expect(await listMeetings(t, session, panel.panelId)).toEqual(meetings);
    expect((await audited())[0].n).toBe(n);
  });

  it('keeps six meetings ahead as meetings pass, leaving moved meetings as they are', async () => {
    const panel = await createPanel(t.dataSource);
    const session = await t.signIn(panel.users.CHAIR.email, TEST_PASSWORD);
    const series = await setSeries(t, session, panel.panelId);
    const before = await listMeetings(t, session, panel.panelId);
    const moved = await t.gql(
      MOVE,
      {
        i: {
          id: before[2].id,
          startsAt: '2027-05-13T14:00:00+01:00',
          endsAt: '2027-05-13T16:00:00+01:00',
          mode: 'IN_PERSON',
          location: 'Council offices',
          version: before[2].version,
        },
      },
      { session },
    );
    expect(moved.errors).toBeUndefined();
    const schedule = asScheduledWork(t.app.get(MeetingScheduleService));

    // Tonight's run finds this series already six ahead.
    await schedule.topUp(new Date());
    expect((await listMeetings(t, session, panel.panelId)).map((m) => m.id)).toEqual(before.map((m) => m.id));

    // On 1 April 2027 two meetings have passed: two more are added at the end, and nothing else changes.
    const april = new Date('2027-04-01T00:00:00Z');
    expect(await schedule.topUpSeries(series.id, april)).toBe(2);
    const after = await listMeetings(t, session, panel.panelId);
    expect(after.slice(0, 6).map((m) => [m.id, m.startsAt])).toEqual(before.map((m, i) => [m.id, i === 2 ? '2027-05-13T13:00:00.000Z' : m.startsAt]));
    expect(after.slice(6).map((m) => [m.title, m.startsAt])).toEqual([
      ['Panel meeting, 11 January 2028', '2028-01-11T10:00:00.000Z'],
      ['Panel meeting, 14 March 2028', '2028-03-14T10:00:00.000Z'],
    ]);
    expect(await schedule.topUpSeries(series.id, april)).toBe(0);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE panel_id = $1 AND entity_type = 'Meeting' AND action = 'CREATE' AND actor_user_id IS NULL`,
      [panel.panelId],
    );
    expect(n).toBe(2);
  });

  it('cancels a meeting before it starts and leaves nextMeeting to the one after', async () => {
    const panel = await createPanel(t.dataSource);
    const session = await t.signIn(panel.users.CHAIR.email, TEST_PASSWORD);
    await setSeries(t, session, panel.panelId);
    const [first, second] = await listMeetings(t, session, panel.panelId);
    const cancelled = await t.gql<{ cancelMeeting: { status: string; version: number } }>(CANCEL, { id: first.id, v: first.version }, { session });
    expect(cancelled.data?.cancelMeeting).toEqual({ id: first.id, status: 'CANCELLED', version: 2 });
    const again = await t.gql(CANCEL, { id: first.id, v: 2 }, { session });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const next = await t.gql<{ nextMeeting: { id: string } }>(
      `query($p: ID!) { nextMeeting(panelId: $p) { id } }`,
      { p: panel.panelId },
      { session },
    );
    expect(next.data?.nextMeeting.id).toBe(second.id);
    // A regenerated series does not bring the cancelled meeting back.
    const [series] = await t.dataSource.query(`SELECT version FROM meeting_series WHERE panel_id = $1`, [panel.panelId]);
    await setSeries(t, session, panel.panelId, { durationMinutes: 90, version: series.version });
    const list = await listMeetings(t, session, panel.panelId);
    expect(list.filter((m) => m.startsAt.startsWith('2027-01-12'))).toEqual([expect.objectContaining({ id: first.id, status: 'CANCELLED' })]);
  });

  it('defaults a new task’s due date to a week before the next meeting', async () => {
    const res = await t.gql<{ allocateTask: { dueOn: string } }>(
      `mutation($i: AllocateTaskInput!) { allocateTask(input: $i) { dueOn } }`,
      { i: { panelId: p.panelId, title: 'Check the licence holders', agencyId: p.agencies.HMRC } },
      { session: chair },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.allocateTask.dueOn).toBe('2027-01-05');
  });

  it('loads the demo panel with six future meetings, second Tuesday every other month at 10:00 London', async () => {
    // Inside a transaction that is rolled back: the demo's fixed panel code and addresses stay free for other specs.
    const q = t.dataSource.createQueryRunner();
    await q.startTransaction();
    try {
      await loadDemoData(q.manager);
      const rows: { starts_at: Date; status: string }[] = await q.query(
        `SELECT m.starts_at, m.status FROM meeting m JOIN panel p ON p.id = m.panel_id WHERE p.code = 'NMR' AND m.starts_at > now() ORDER BY m.starts_at`,
      );
      expect(rows).toHaveLength(MEETINGS_AHEAD);
      expect(MEETINGS_AHEAD).toBe(6);
      expect(rows.every((r) => r.status === 'PLANNED')).toBe(true);
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/London',
        weekday: 'long',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      });
      for (const r of rows) expect(local.format(r.starts_at)).toMatch(/^Tuesday (8|9|1[0-4]), 10:00$/);
      const months = rows.map((r) => r.starts_at.getUTCFullYear() * 12 + r.starts_at.getUTCMonth());
      expect(months.slice(1).map((mo, i) => mo - months[i])).toEqual([2, 2, 2, 2, 2]);
    } finally {
      await q.rollbackTransaction();
      await q.release();
    }
  }, 60_000);
});
