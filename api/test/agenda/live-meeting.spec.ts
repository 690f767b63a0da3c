import { addDays, londonToday, PROTECTIVE_MARKING } from '@sentinel/shared';
import { startMailCatcher, type MailCatcher } from '../reminders/mail-catcher.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { collect, waitFor, wsClient } from '../support/ws-client.js';
import { AGENDA, createMeeting, createTask, type AgendaShape } from './agenda-fixtures.js';

const BUILD = `mutation($id: ID!) { buildAgenda(meetingId: $id) { meetingVersion items { id kind title version } } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishAgenda(meetingId: $id, version: $v) { status meetingVersion } }`;
const UPDATE = `mutation($i: UpdateAgendaItemInput!) { updateAgendaItem(input: $i) { id version } }`;
const LIVE_FIELDS = `meetingId status kind restrictedItemInProgress currentItemStartedAt itemId currentItem { id title notes decisions }`;
const OPEN = `mutation($id: ID!) { openMeeting(meetingId: $id) { ${LIVE_FIELDS} } }`;
const CURRENT = `mutation($id: ID!, $item: ID!) { setCurrentItem(meetingId: $id, itemId: $item) { ${LIVE_FIELDS} } }`;
const LIVE = `query($id: ID!) { liveMeeting(meetingId: $id) { ${LIVE_FIELDS} } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { status currentItem { id title } } }`;
const SUBSCRIBE = `subscription($id: ID!) { meetingLive(meetingId: $id) { ${LIVE_FIELDS} } }`;
const MINUTES = `mutation($i: RecordItemMinutesInput!) { recordItemMinutes(input: $i) { id notes decisions version } }`;
const RAISE = `mutation($i: RaiseTaskAtItemInput!) { raiseTaskAtItem(input: $i) { id reference meetingId agendaItemId agency { name } } }`;
const CLOSE = `mutation($id: ID!) { closeMeeting(meetingId: $id) { status currentItem { id } } }`;

interface Live {
  meetingId: string;
  status: string;
  kind: string | null;
  restrictedItemInProgress: boolean;
  itemId: string | null;
  currentItem: { id: string; title: string; notes: string | null } | null;
}

describe('the live meeting', () => {
  let t: TestApp;
  let url: string;
  let mail: MailCatcher;
  let p: PanelFixture;
  let chair: string;
  let hmrc: string;
  let observer: string;
  let tsPartner: string;
  let meetingId: string;
  let items: { id: string; kind: string; title: string; version: number }[];
  let restricted: { id: string; title: string; version: number };

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'https://sentinel.example.test' });
    url = await t.listen();
    p = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    hmrc = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    observer = await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD);
    // A partner of Trading Standards: reads only its own agency's tasks.
    const [u] = await t.dataSource.query(
      `INSERT INTO app_user (email, name, agency_id, password_hash) SELECT $1, 'TS partner', $2, password_hash FROM app_user WHERE id = $3 RETURNING id`,
      [`ts.${p.panelId}@example.test`, p.agencies['Trading Standards'], p.users.CHAIR.userId],
    );
    await t.dataSource.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, 'PARTNER_MEMBER')`, [p.panelId, u.id]);
    tsPartner = await t.signIn(`ts.${p.panelId}@example.test`, TEST_PASSWORD);
    await createTask(t.dataSource, p, { dueInDays: -2, title: 'Seeded confidential task title' });
    meetingId = await createMeeting(t.dataSource, p, { title: 'Panel meeting, 10 March', location: 'Force HQ, Aykley Heads' });
    const built = await t.gql<{ buildAgenda: { meetingVersion: number; items: typeof items } }>(BUILD, { id: meetingId }, { session: chair });
    expect(built.errors).toBeUndefined();
    items = built.data!.buildAgenda.items;
    const ocgReview = items.find((i) => i.kind === 'OCG_REVIEW')!;
    const res = await t.gql<{ updateAgendaItem: { version: number } }>(
      UPDATE,
      { i: { id: ocgReview.id, version: ocgReview.version, restrictedTo: [p.agencies['Police SOC unit'], p.agencies.HMRC] } },
      { session: chair },
    );
    expect(res.errors).toBeUndefined();
    restricted = { ...ocgReview, version: res.data!.updateAgendaItem.version };
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  it('publishes the agenda and mails every active member the marking, time, place and link only', async () => {
    const stale = await t.gql(PUBLISH, { id: meetingId, v: 99 }, { session: chair });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await t.gql(PUBLISH, { id: meetingId, v: 1 }, { session: hmrc })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const res = await t.gql<{ publishAgenda: { status: string } }>(PUBLISH, { id: meetingId, v: 1 }, { session: chair });
    expect(res.errors).toBeUndefined();
    expect(res.data!.publishAgenda.status).toBe('AGENDA_PUBLISHED');
    await waitFor(() => mail.messages.length >= 6);
    for (const email of [...Object.values(p.users).map((u) => u.email), `ts.${p.panelId}@example.test`]) {
      const [m] = mail.to(email);
      expect(m.subject).toBe(`[${PROTECTIVE_MARKING}] Agenda published: Panel meeting, 10 March`);
      expect(m.text.trim().startsWith(PROTECTIVE_MARKING)).toBe(true);
      expect(m.text).toContain(`https://sentinel.example.test/meetings/${meetingId}`);
      expect(m.text).toContain('In person, Force HQ, Aykley Heads');
      expect(m.text).not.toContain('Seeded confidential task title');
      expect(m.text).not.toContain(restricted.title);
    }
  });

  it('opens on the first item, follows the current item live, and hides a restricted one from other agencies', async () => {
    const chairWs = wsClient(url, chair);
    const hmrcWs = wsClient(url, hmrc);
    const observerWs = wsClient(url, observer);
    const chairEvents = collect<{ meetingLive: Live }>(chairWs, SUBSCRIBE, { id: meetingId });
    const hmrcEvents = collect<{ meetingLive: Live }>(hmrcWs, SUBSCRIBE, { id: meetingId });
    const observerEvents = collect<{ meetingLive: Live }>(observerWs, SUBSCRIBE, { id: meetingId });
    await new Promise((r) => setTimeout(r, 300));

    const opened = await t.gql<{ openMeeting: Live }>(OPEN, { id: meetingId }, { session: chair });
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.openMeeting).toMatchObject({ status: 'IN_PROGRESS', currentItem: { id: items[0].id } });
    await waitFor(() => observerEvents.events.some((e) => e.meetingLive.status === 'IN_PROGRESS')).catch((e) => {
      throw new Error(`${e}: ${JSON.stringify(observerEvents.errors)}`);
    });
    expect(observerEvents.events.at(-1)!.meetingLive.currentItem?.id).toBe(items[0].id);

    const moved = await t.gql<{ setCurrentItem: Live }>(CURRENT, { id: meetingId, item: restricted.id }, { session: chair });
    expect(moved.errors).toBeUndefined();
    const onRestricted = (c: { events: { meetingLive: Live }[] }) => c.events.some((e) => e.meetingLive.kind === 'CURRENT_ITEM_CHANGED');
    await waitFor(() => onRestricted(chairEvents) && onRestricted(hmrcEvents) && onRestricted(observerEvents));
    const last = (c: { events: { meetingLive: Live }[] }) =>
      c.events.filter((e) => e.meetingLive.kind === 'CURRENT_ITEM_CHANGED').at(-1)!.meetingLive;
    expect(last(chairEvents).currentItem?.title).toBe(restricted.title);
    expect(last(hmrcEvents).currentItem?.title).toBe(restricted.title);
    expect(last(observerEvents)).toMatchObject({ currentItem: null, restrictedItemInProgress: true, itemId: null });
    expect(JSON.stringify(observerEvents.events)).not.toContain(restricted.title);
    expect(JSON.stringify(observerEvents.events)).not.toContain(restricted.id);

    // Minutes under the restricted item reach those who may see it, and no event at all reaches the others.
    const before = observerEvents.events.length;
    const minutes = await t.gql<{ recordItemMinutes: { version: number } }>(
      MINUTES,
      { i: { itemId: restricted.id, notes: '<p>Warrant planned at the unit</p>', version: restricted.version } },
      { session: chair },
    );
    expect(minutes.errors).toBeUndefined();
    restricted.version = minutes.data!.recordItemMinutes.version;
    await waitFor(() => hmrcEvents.events.some((e) => e.meetingLive.kind === 'ITEM_MINUTES_CHANGED'));
    expect(hmrcEvents.events.find((e) => e.meetingLive.kind === 'ITEM_MINUTES_CHANGED')!.meetingLive.currentItem?.notes).toContain('Warrant planned');
    await new Promise((r) => setTimeout(r, 300));
    expect(observerEvents.events.length).toBe(before);
    expect(JSON.stringify(observerEvents.events)).not.toContain('Warrant planned');

    // The same shape by query, and on the meeting itself.
    const observerLive = await t.gql<{ liveMeeting: Live }>(LIVE, { id: meetingId }, { session: observer });
    expect(observerLive.data!.liveMeeting).toMatchObject({ currentItem: null, restrictedItemInProgress: true });
    const hmrcLive = await t.gql<{ liveMeeting: Live }>(LIVE, { id: meetingId }, { session: hmrc });
    expect(hmrcLive.data!.liveMeeting.currentItem?.id).toBe(restricted.id);
    const observerMeeting = await t.gql<{ meeting: { currentItem: unknown } }>(MEETING, { id: meetingId }, { session: observer });
    expect(observerMeeting.errors).toBeUndefined();
    expect(observerMeeting.data!.meeting.currentItem).toBeNull();
    const chairMeeting = await t.gql<{ meeting: { currentItem: { title: string } } }>(MEETING, { id: meetingId }, { session: chair });
    expect(chairMeeting.data!.meeting.currentItem.title).toBe(restricted.title);
    const observerAgenda = await t.gql<{ agenda: AgendaShape }>(AGENDA, { id: meetingId }, { session: observer });
    expect(observerAgenda.data!.agenda.items.map((i) => i.id)).not.toContain(restricted.id);

    const [row] = await t.dataSource.query(`SELECT started_at FROM agenda_item WHERE id = $1`, [restricted.id]);
    expect(row.started_at).not.toBeNull();
    const [first] = await t.dataSource.query(`SELECT started_at, ended_at FROM agenda_item WHERE id = $1`, [items[0].id]);
    expect(first.ended_at).not.toBeNull();
    for (const c of [chairWs, hmrcWs, observerWs]) await c.dispose();
  });

  it('sanitises minutes: no script, no event handlers, no javascript links', async () => {
    const item = items.find((i) => i.kind === 'THREAT_PICTURE')!;
    const dirty = `<p onclick="steal()">Threat <strong>rising</strong></p><script>alert(1)</script><img src=x onerror="alert(2)">
      <ul><li><a href="javascript:alert(3)">bad</a></li><li><a href="https://www.gov.uk/x" target="_blank">good</a></li></ul><iframe src="https://x"></iframe>`;
    const res = await t.gql<{ recordItemMinutes: { notes: string; decisions: string } }>(
      MINUTES,
      { i: { itemId: item.id, notes: dirty, decisions: '<em>Agreed</em><style>p{}</style>', version: item.version } },
      { session: chair },
    );
    expect(res.errors).toBeUndefined();
    const { notes, decisions } = res.data!.recordItemMinutes;
    for (const bad of ['<script', 'alert', 'onclick', 'onerror', '<img', 'javascript:', '<iframe', 'target=']) expect(notes).not.toContain(bad);
    expect(notes).toContain('<p>Threat <strong>rising</strong></p>');
    expect(notes).toContain('<a href="https://www.gov.uk/x">good</a>');
    expect(decisions).toBe('<em>Agreed</em>');
    const [row] = await t.dataSource.query(`SELECT notes FROM agenda_item WHERE id = $1`, [item.id]);
    expect(row.notes).toBe(notes);
    const audit = () => t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1`, [item.id]);
    const [{ n }] = await audit();
    const stale = await t.gql(MINUTES, { i: { itemId: item.id, notes: '<p>Again</p>', version: item.version } }, { session: chair });
    expect(stale.errors?.[0]?.message).toContain(': Decisions, Notes changed.');
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', changedFields: ['decisions', 'notes'] });
    expect(await t.dataSource.query(`SELECT notes, decisions, version FROM agenda_item WHERE id = $1`, [item.id])).toEqual([
      { notes, decisions, version: item.version + 1 },
    ]);
    expect((await audit())[0].n).toBe(n);
    const partner = await t.gql(MINUTES, { i: { itemId: item.id, notes: '<p>Mine</p>', version: item.version + 1 } }, { session: hmrc });
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('raises a task at an item, linked to the meeting and item, seen by that agency only', async () => {
    const item = items.find((i) => i.kind === 'PARTNER_UPDATES')!;
    const res = await t.gql<{
      raiseTaskAtItem: { id: string; reference: string; meetingId: string; agendaItemId: string; agency: { name: string } };
    }>(
      RAISE,
      {
        i: { itemId: item.id, title: 'Review the car wash accounts', agencyId: p.agencies.HMRC, dueOn: addDays(londonToday(), 30), priority: 'HIGH' },
      },
      { session: chair },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.raiseTaskAtItem).toMatchObject({ meetingId, agendaItemId: item.id, agency: { name: 'HMRC' } });
    const reference = res.data!.raiseTaskAtItem.reference;
    const list = await t.gql<{ tasks: { nodes: { reference: string; meetingId: string; agendaItemId: string }[] } }>(
      `{ tasks(panelId: "${p.panelId}", limit: 100) { nodes { reference meetingId agendaItemId } } }`,
      {},
      { session: hmrc },
    );
    expect(list.data!.tasks.nodes.find((n) => n.reference === reference)).toEqual({ reference, meetingId, agendaItemId: item.id });
    const tasksAt = `query($id: ID!) { agenda(meetingId: $id) { items { id tasks { reference } } } }`;
    const at = async (session: string) =>
      (await t.gql<{ agenda: { items: { id: string; tasks: { reference: string }[] }[] } }>(tasksAt, { id: meetingId }, { session }))
        .data!.agenda.items.find((i) => i.id === item.id)!
        .tasks.map((x) => x.reference);
    expect(await at(hmrc)).toEqual([reference]);
    expect(await at(chair)).toEqual([reference]);
    expect(await at(tsPartner)).toEqual([]);
    // Another panel's chair is answered as for an item that does not exist.
    const other = await createPanel(t.dataSource);
    const outsider = await t.signIn(other.users.CHAIR.email, TEST_PASSWORD);
    const raise = (itemId: string) => t.gql(RAISE, { i: { itemId, title: 'Look into it', agencyId: other.agencies.HMRC } }, { session: outsider });
    const foreign = await raise(item.id);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]).toEqual((await raise('00000000-0000-4000-8000-000000000000')).errors?.[0]);
    expect(
      (await t.gql(RAISE, { i: { itemId: item.id, title: 'Look into it', agencyId: p.agencies.HMRC } }, { session: tsPartner })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('refuses to close with no one recorded as present unless the chair confirms it', async () => {
    const res = await t.gql(CLOSE, { id: meetingId }, { session: chair });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'EMPTY_REGISTER', field: 'confirmEmptyRegister' });
    const [m] = await t.dataSource.query(`SELECT status FROM meeting WHERE id = $1`, [meetingId]);
    expect(m.status).toBe('IN_PROGRESS');
    // An absence does not count as someone present.
    const MARK = `mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { id } }`;
    const absent = await t.gql(MARK, { i: { meetingId, userId: p.users.OBSERVER.userId, presence: 'ABSENT' } }, { session: chair });
    expect(absent.errors).toBeUndefined();
    expect((await t.gql(CLOSE, { id: meetingId }, { session: chair })).errors?.[0]?.extensions?.code).toBe('EMPTY_REGISTER');
  });

  it('closes the meeting into draft minutes', async () => {
    const CONFIRMED = `mutation($id: ID!) { closeMeeting(meetingId: $id, confirmEmptyRegister: true) { status currentItem { id } } }`;
    const res = await t.gql<{ closeMeeting: { status: string; currentItem: unknown } }>(CONFIRMED, { id: meetingId }, { session: chair });
    expect(res.errors).toBeUndefined();
    expect(res.data!.closeMeeting).toEqual({ status: 'MINUTES_DRAFT', currentItem: null });
    const [m] = await t.dataSource.query(`SELECT closed_at, current_item_id FROM meeting WHERE id = $1`, [meetingId]);
    expect(m.closed_at).not.toBeNull();
    expect(m.current_item_id).toBeNull();
    const [item] = await t.dataSource.query(`SELECT ended_at FROM agenda_item WHERE id = $1`, [restricted.id]);
    expect(item.ended_at).not.toBeNull();
    const late = await t.gql(MINUTES, { i: { itemId: restricted.id, notes: '<p>Late</p>', version: restricted.version } }, { session: chair });
    expect(late.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const audits = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'Meeting' AND entity_id = $1`, [
      meetingId,
    ]);
    expect(audits[0].n).toBeGreaterThanOrEqual(5);
  });
});
