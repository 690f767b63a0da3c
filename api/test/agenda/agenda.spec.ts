import { STANDING_AGENDA } from '@sentinel/shared';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { AGENDA, createMeeting, createOcg, createReferral, createTask, createThreat, rescore, type AgendaShape } from './agenda-fixtures.js';

const BUILD = `mutation($id: ID!, $rebuild: Boolean) { buildAgenda(meetingId: $id, rebuild: $rebuild) { items { id kind title position } totalMinutes } }`;
const UPDATE = `mutation($i: UpdateAgendaItemInput!) { updateAgendaItem(input: $i) { id title minutesAllocated version restrictedToIds presenterName } }`;
const ADD = `mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id position version } }`;
const MOVE = `mutation($id: ID!, $to: Int!) { moveAgendaItem(id: $id, toPosition: $to) { items { id position title } } }`;
const REMOVE = `mutation($id: ID!, $v: Int!) { removeAgendaItem(id: $id, version: $v) { items { id position } } }`;

describe('the agenda builder', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  let p: PanelFixture;
  let chair: string;
  beforeAll(async () => {
    t = await startTestApp({}, sql);
    p = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const agenda = async (meetingId: string, session = chair) => {
    const res = await t.gql<{ agenda: AgendaShape }>(AGENDA, { id: meetingId }, { session });
    expect(res.errors).toBeUndefined();
    return res.data!.agenda;
  };
  const build = async (meetingId: string, session = chair) => {
    const res = await t.gql(BUILD, { id: meetingId }, { session });
    expect(res.errors).toBeUndefined();
    return agenda(meetingId, session);
  };

  it('rejects the unauthenticated', async () => {
    const meetingId = await createMeeting(t.dataSource, p);
    expect((await t.gql(AGENDA, { id: meetingId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('builds the standing template and seeds it, each record with its reason', async () => {
    const q = await createPanel(t.dataSource);
    const session = await t.signIn(q.users.CHAIR.email, TEST_PASSWORD);
    await createMeeting(t.dataSource, q, { daysFromNow: -30, status: 'MINUTES_APPROVED' });
    const meetingId = await createMeeting(t.dataSource, q, { daysFromNow: 30 });
    const overdue = await createTask(t.dataSource, q, { dueInDays: -3, title: 'Overdue visit' });
    const open = await createTask(t.dataSource, q, { dueInDays: 10 });
    await createTask(t.dataSource, q, { status: 'COMPLETED', dueInDays: -3 });
    const newOcg = await createOcg(t.dataSource, q, { ageDays: 2, name: 'New crew', score: 40 });
    const rescored = await createOcg(t.dataSource, q, { ageDays: 200, name: 'Rescored crew', score: 70 });
    await rescore(t.dataSource, q, rescored, 5);
    const changed = await createOcg(t.dataSource, q, { ageDays: 200, statusChangedDaysAgo: 10, name: 'Changed crew' });
    const untouched = await createOcg(t.dataSource, q, { ageDays: 200, name: 'Quiet crew' });
    await rescore(t.dataSource, q, untouched, 45); // before the last meeting
    const referral = await createReferral(t.dataSource, q);
    await createReferral(t.dataSource, q, 'DECLINED');
    const threat = await createThreat(t.dataSource, q);
    await createThreat(t.dataSource, q, 'DISCUSSED');

    const a = await build(meetingId, session);
    expect(a.items.map((i) => i.kind)).toEqual(STANDING_AGENDA.map((s) => s.kind));
    expect(a.items.map((i) => i.position)).toEqual(STANDING_AGENDA.map((_, i) => i + 1));
    const item = (kind: string) => a.items.find((i) => i.kind === kind)!;

    const actions = item('PREVIOUS_MINUTES_ACTIONS').records;
    expect(actions.map((r) => [r.recordId, r.reason])).toEqual([
      [overdue, 'OVERDUE_TASK'],
      [open, 'OPEN_TASK'],
    ]);
    expect(actions[0]).toMatchObject({ kind: 'TASK', title: 'Overdue visit', isOverdue: true, status: 'OPEN' });

    // The highest-scored group first; a new group is introduced under item 5 only: a group appears once on an agenda.
    expect(item('OCG_REVIEW').records.map((r) => [r.recordId, r.reason])).toEqual([
      [rescored, 'RESCORED_OCG'],
      [changed, 'STATUS_CHANGED_OCG'],
    ]);
    const groups = a.items.flatMap((i) => i.records.filter((r) => r.kind === 'OCG').map((r) => r.recordId));
    expect(new Set(groups).size).toBe(groups.length);
    expect(item('OCG_REVIEW').records[0]).toMatchObject({ title: 'Rescored crew', score: 70, tier: 'Tier 1' });
    expect(item('NEW_OCGS_REFERRALS').records.map((r) => [r.kind, r.recordId, r.reason])).toEqual([
      ['OCG', newOcg, 'NEW_OCG'],
      ['REFERRAL', referral, 'REFERRAL_AWAITING'],
    ]);
    expect(item('EMERGING_THREATS').records.map((r) => [r.recordId, r.reason])).toEqual([[threat, 'EMERGING_THREAT']]);
    const [et] = await t.dataSource.query(`SELECT status FROM emerging_threat WHERE id = $1`, [threat]);
    expect(et.status).toBe('ON_AGENDA');
    const audits = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'AgendaItem' AND action = 'CREATE' AND panel_id = $1`,
      [q.panelId],
    );
    expect(audits[0].n).toBe(STANDING_AGENDA.length);

    // Built once; a second build must ask to rebuild, which reseeds (the threat comes back).
    expect((await t.gql(BUILD, { id: meetingId }, { session })).errors?.[0]?.extensions?.field).toBe('rebuild');
    const again = await t.gql<{ buildAgenda: { items: { kind: string }[] } }>(BUILD, { id: meetingId, rebuild: true }, { session });
    expect(again.errors).toBeUndefined();
    const rebuilt = await agenda(meetingId, session);
    expect(rebuilt.items.find((i) => i.kind === 'EMERGING_THREATS')!.records.map((r) => r.recordId)).toEqual([threat]);
  });

  it('looks back 60 days when the panel has no earlier meeting', async () => {
    const q = await createPanel(t.dataSource);
    const session = await t.signIn(q.users.CHAIR.email, TEST_PASSWORD);
    const meetingId = await createMeeting(t.dataSource, q);
    const recent = await createOcg(t.dataSource, q, { ageDays: 200, statusChangedDaysAgo: 50 });
    await createOcg(t.dataSource, q, { ageDays: 200, statusChangedDaysAgo: 70 });
    const a = await build(meetingId, session);
    expect(a.items.find((i) => i.kind === 'OCG_REVIEW')!.records.map((r) => r.recordId)).toEqual([recent]);
  });

  it('predicts each item’s start and end from the meeting’s start, and flags the overrun', async () => {
    const meetingId = await createMeeting(t.dataSource, p);
    const a = await build(meetingId);
    expect(a.totalMinutes).toBe(120);
    expect(a.slotMinutes).toBe(120);
    expect(a.overrunsBy).toBe(0);
    const [meeting] = await t.dataSource.query(`SELECT starts_at FROM meeting WHERE id = $1`, [meetingId]);
    const start = new Date(meeting.starts_at).getTime();
    expect(new Date(a.items[0].predictedStart).getTime()).toBe(start);
    expect(new Date(a.items[1].predictedStart).getTime()).toBe(start + 5 * 60000);
    expect(new Date(a.items[8].predictedEnd).getTime()).toBe(start + 120 * 60000);
    expect(a.items.some((i) => i.overruns)).toBe(false);

    const ocgReview = a.items.find((i) => i.kind === 'OCG_REVIEW')!;
    const res = await t.gql<{ updateAgendaItem: { minutesAllocated: number; version: number } }>(
      UPDATE,
      { i: { id: ocgReview.id, version: ocgReview.version, minutesAllocated: 50, presenterAgencyId: p.agencies.HMRC } },
      { session: chair },
    );
    expect(res.errors).toBeUndefined();
    const after = await agenda(meetingId);
    expect(after.totalMinutes).toBe(135);
    expect(after.overrunsBy).toBe(15);
    expect(after.items.filter((i) => i.overruns).map((i) => i.kind)).toEqual(['EMERGING_THREATS', 'ANY_OTHER_BUSINESS', 'NEXT_MEETING']);
    expect(after.items.find((i) => i.id === ocgReview.id)!.presenterName).toBe('HMRC');
  });

  it('answers a stale item edit with CONFLICT naming what changed as the form labels it, and writes nothing', async () => {
    const meetingId = await createMeeting(t.dataSource, p);
    const [item] = (await build(meetingId)).items;
    const first = await t.gql<{ updateAgendaItem: { version: number } }>(
      UPDATE,
      { i: { id: item.id, version: item.version, presenterUserId: p.users.POLICE_MEMBER.userId } },
      { session: chair },
    );
    const edit = { title: 'Welcome, apologies and introductions', presenterUserId: null, presenterAgencyId: p.agencies.HMRC };
    const second = await t.gql(UPDATE, { i: { id: item.id, version: first.data!.updateAgendaItem.version, ...edit } }, { session: chair });
    expect(second.errors).toBeUndefined();
    const row = () => t.dataSource.query(`SELECT title, minutes_allocated, presenter_agency_id, version FROM agenda_item WHERE id = $1`, [item.id]);
    const audit = () => t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1`, [item.id]);
    const [before, [{ n }]] = [await row(), await audit()];

    const stale = await t.gql(UPDATE, { i: { id: item.id, version: item.version, minutesAllocated: 10 } }, { session: chair });
    // The presenter is one field of the form, kept as two: it is named once.
    expect(stale.errors?.[0]?.message).toContain(': Presenter, Title changed.');
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', changedFields: ['presenterAgencyId', 'presenterUserId', 'title'] });
    expect(await row()).toEqual(before);
    expect((await audit())[0].n).toBe(n);
  });

  it('adds, moves (up and down, by keyboard) and removes items, keeping positions contiguous', async () => {
    const meetingId = await createMeeting(t.dataSource, p);
    const built = await build(meetingId);
    const added = await t.gql<{ addAgendaItem: { id: string; position: number; version: number } }>(
      ADD,
      { i: { meetingId, title: 'Licensing review of the car wash', minutesAllocated: 10, position: 2 } },
      { session: chair },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addAgendaItem.position).toBe(2);
    const id = added.data!.addAgendaItem.id;
    const down = await t.gql<{ moveAgendaItem: { items: { id: string; position: number }[] } }>(MOVE, { id, to: 3 }, { session: chair });
    expect(down.errors).toBeUndefined();
    expect(down.data!.moveAgendaItem.items.findIndex((i) => i.id === id)).toBe(2);
    const top = await t.gql<{ moveAgendaItem: { items: { id: string; position: number }[] } }>(MOVE, { id, to: 0 }, { session: chair });
    expect(top.data!.moveAgendaItem.items[0].id).toBe(id);
    expect(top.data!.moveAgendaItem.items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(top.data!.moveAgendaItem.items[1].id).toBe(built.items[0].id);

    const removed = await t.gql<{ removeAgendaItem: { items: { id: string; position: number }[] } }>(
      REMOVE,
      { id, v: added.data!.addAgendaItem.version },
      { session: chair },
    );
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeAgendaItem.items.map((i) => i.id)).toEqual(built.items.map((i) => i.id));
    expect(removed.data!.removeAgendaItem.items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('puts records under an item by hand and takes them off again', async () => {
    const meetingId = await createMeeting(t.dataSource, p);
    const aob = (await build(meetingId)).items.find((i) => i.kind === 'ANY_OTHER_BUSINESS')!;
    const threat = await createThreat(t.dataSource, p);
    const ocg = await createOcg(t.dataSource, p, { ageDays: 300, name: 'Old crew', score: 12 });
    const ADD_RECORD = `mutation($i: AgendaRecordInput!) { addAgendaRecord(input: $i) { records { kind recordId reason } } }`;
    const REMOVE_RECORD = `mutation($i: AgendaRecordInput!) { removeAgendaRecord(input: $i) { records { kind recordId } } }`;
    expect((await t.gql(ADD_RECORD, { i: { itemId: aob.id, recordKind: 'OCG', recordId: ocg } }, { session: chair })).errors).toBeUndefined();
    const added = await t.gql<{ addAgendaRecord: { records: { kind: string; recordId: string; reason: string | null }[] } }>(
      ADD_RECORD,
      { i: { itemId: aob.id, recordKind: 'EMERGING_THREAT', recordId: threat } },
      { session: chair },
    );
    expect(added.data!.addAgendaRecord.records).toEqual([
      { kind: 'OCG', recordId: ocg, reason: null },
      { kind: 'EMERGING_THREAT', recordId: threat, reason: null },
    ]);
    const status = async () => (await t.dataSource.query(`SELECT status FROM emerging_threat WHERE id = $1`, [threat]))[0].status;
    expect(await status()).toBe('ON_AGENDA');
    const removed = await t.gql<{ removeAgendaRecord: { records: { recordId: string }[] } }>(
      REMOVE_RECORD,
      { i: { itemId: aob.id, recordKind: 'EMERGING_THREAT', recordId: threat } },
      { session: chair },
    );
    expect(removed.data!.removeAgendaRecord.records.map((r) => r.recordId)).toEqual([ocg]);
    expect(await status()).toBe('RAISED');
    // Once on an agenda: again under the same item or under another is refused, saying where it already is.
    const ocgReview = (await agenda(meetingId, chair)).items.find((i) => i.kind === 'OCG_REVIEW')!;
    for (const itemId of [aob.id, ocgReview.id]) {
      const twice = await t.gql(ADD_RECORD, { i: { itemId, recordKind: 'OCG', recordId: ocg } }, { session: chair });
      expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recordId' });
      expect(twice.errors?.[0]?.message).toBe(`This is already on the agenda, under item ${aob.position}: ${aob.title}`);
    }
    const other = await createPanel(t.dataSource);
    const foreignOcg = await createOcg(t.dataSource, other);
    const refused = await t.gql(ADD_RECORD, { i: { itemId: aob.id, recordKind: 'OCG', recordId: foreignOcg } }, { session: chair });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recordId' });
  });

  it('shows a restricted item to the allowed agency and the chair only', async () => {
    const meetingId = await createMeeting(t.dataSource, p);
    const [item] = (await build(meetingId)).items.filter((i) => i.kind === 'OCG_REVIEW');
    const res = await t.gql(
      UPDATE,
      { i: { id: item.id, version: item.version, restrictedTo: [p.agencies['Police SOC unit'], p.agencies.HMRC] } },
      { session: chair },
    );
    expect(res.errors).toBeUndefined();
    // Members read an agenda once it is published (a draft is the chair's: draft-agenda.spec.ts).
    await t.dataSource.query(`UPDATE meeting SET status = 'AGENDA_PUBLISHED', agenda_published_at = now() WHERE id = $1`, [meetingId]);
    const hmrc = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    const tradingStandards = await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD);
    expect((await agenda(meetingId)).items.map((i) => i.id)).toContain(item.id);
    const allowed = await agenda(meetingId, hmrc);
    expect(allowed.items.find((i) => i.id === item.id)?.title).toBe(item.title);
    const other = await agenda(meetingId, tradingStandards);
    expect(other.items.map((i) => i.id)).not.toContain(item.id);
    expect(JSON.stringify(other)).not.toContain(item.title);
    // The meeting still runs the item, so times after it are unchanged for everyone.
    expect(other.totalMinutes).toBe(120);
    expect(other.items.map((i) => i.predictedStart)).toEqual(allowed.items.filter((i) => i.id !== item.id).map((i) => i.predictedStart));
  });

  it('refuses restrictions and presenters from another panel', async () => {
    const meetingId = await createMeeting(t.dataSource, p);
    const [item] = (await build(meetingId)).items;
    const other = await createPanel(t.dataSource);
    const res = await t.gql(UPDATE, { i: { id: item.id, version: item.version, restrictedTo: [other.agencies.HMRC] } }, { session: chair });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'restrictedTo' });
    const presenter = await t.gql(
      UPDATE,
      { i: { id: item.id, version: item.version, presenterUserId: other.users.CHAIR.userId } },
      { session: chair },
    );
    expect(presenter.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'presenterUserId' });
  });

  it("answers another panel's meeting and items exactly like missing ones", async () => {
    const meetingId = await createMeeting(t.dataSource, p);
    const [item] = (await build(meetingId)).items;
    const other = await createPanel(t.dataSource);
    const outsider = await t.signIn(other.users.CHAIR.email, TEST_PASSWORD);
    const missingId = '00000000-0000-4000-8000-000000000000';
    const foreign = await t.gql(AGENDA, { id: meetingId }, { session: outsider });
    const missing = await t.gql(AGENDA, { id: missingId }, { session: outsider });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]).toEqual(missing.errors?.[0]);
    const foreignItem = await t.gql(UPDATE, { i: { id: item.id, version: 1, title: 'Taken over' } }, { session: outsider });
    const missingItem = await t.gql(UPDATE, { i: { id: missingId, version: 1, title: 'Taken over' } }, { session: outsider });
    expect(foreignItem.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreignItem.errors?.[0]).toEqual(missingItem.errors?.[0]);
    const foreignBuild = (await t.gql(BUILD, { id: meetingId, rebuild: true }, { session: outsider })).errors?.[0];
    const missingBuild = (await t.gql(BUILD, { id: missingId, rebuild: true }, { session: outsider })).errors?.[0];
    expect(foreignBuild?.extensions?.code).toBe('NOT_FOUND');
    expect(foreignBuild).toEqual(missingBuild);
  });

  it('lets only those who run meetings build the agenda', async () => {
    const meetingId = await createMeeting(t.dataSource, p);
    const hmrc = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    expect((await t.gql(BUILD, { id: meetingId }, { session: hmrc })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('seeds and answers the agenda in the same number of statements for 5 and for 100 seeded records', async () => {
    const measure = async (n: number) => {
      const q = await createPanel(t.dataSource);
      const session = await t.signIn(q.users.CHAIR.email, TEST_PASSWORD);
      const partner = await t.signIn(q.users.PARTNER_MEMBER.email, TEST_PASSWORD);
      const meetingId = await createMeeting(t.dataSource, q);
      for (let i = 0; i < n; i += 1) {
        await createTask(t.dataSource, q, { dueInDays: i % 2 ? -2 : 5, agency: i % 3 ? q.agencies.HMRC : q.agencies['Police SOC unit'] });
        await createOcg(t.dataSource, q, { ageDays: i % 2 ? 1 : 200, statusChangedDaysAgo: 1, score: i });
      }
      sql.count = 0;
      expect((await t.gql(BUILD, { id: meetingId }, { session })).errors).toBeUndefined();
      const counts: number[] = [sql.count];
      await t.dataSource.query(`UPDATE meeting SET status = 'AGENDA_PUBLISHED', agenda_published_at = now() WHERE id = $1`, [meetingId]);
      for (const s of [session, partner]) {
        sql.count = 0;
        const res = await t.gql<{ agenda: AgendaShape }>(AGENDA, { id: meetingId }, { session: s });
        expect(res.errors).toBeUndefined();
        counts.push(sql.count);
      }
      const [a] = [(await t.gql<{ agenda: AgendaShape }>(AGENDA, { id: meetingId }, { session })).data!.agenda];
      // Half the groups are new (under item 5 only), half changed status (under item 4).
      expect(a.items.find((i) => i.kind === 'OCG_REVIEW')!.records).toHaveLength(Math.ceil(n / 2));
      expect(a.items.find((i) => i.kind === 'NEW_OCGS_REFERRALS')!.records).toHaveLength(Math.floor(n / 2));
      return counts;
    };
    expect(await measure(100)).toEqual(await measure(5));
  });
});
