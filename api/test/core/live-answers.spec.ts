import type { Client } from 'graphql-ws';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { collect, waitFor, wsClient, type Collected } from '../support/ws-client.js';

const SUBSCRIBE = `subscription($panelId: ID!) {
  taskChanged(panelId: $panelId) { reference title agency { name } nominal { surname personalDataWithheld } } }`;
const ALLOCATE = 'mutation($i: AllocateTaskInput!) { allocateTask(input: $i) { reference } }';

type TaskEvent = {
  taskChanged: { title: string; agency: { name: string }; nominal: { surname: string | null; personalDataWithheld: boolean } | null };
};

/** Counts the reads of a panel's agencies: every working out of an answer that selects a task's agency makes one. */
class AgencyReads extends SqlCounter {
  reads = 0;
  override logQuery(query: string): void {
    super.logQuery(query);
    if (/FROM "agency" e WHERE e\.panel_id = ANY\(/.test(query)) this.reads += 1;
  }
}

const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

describe('live answers shared among the subscribers who would be sent the same', () => {
  const sql = new AgencyReads();
  let t: TestApp;
  let url: string;
  let p: PanelFixture;
  let chair: string;
  const clients: Client[] = [];
  beforeAll(async () => {
    t = await startTestApp({}, sql);
    url = await t.listen();
    p = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await t?.close();
  });

  function watch(session: string): Collected<TaskEvent> {
    const client = wsClient(url, session);
    clients.push(client);
    return collect<TaskEvent>(client, SUBSCRIBE, { panelId: p.panelId });
  }

  async function allocate(title: string, agency: string, nominalId: string | null = null): Promise<void> {
    const res = await t.gql(ALLOCATE, { i: { panelId: p.panelId, title, agencyId: p.agencies[agency], nominalId } }, { session: chair });
    expect(res.errors).toBeUndefined();
  }

  it('works an event’s answer out once for every socket of one person, and once for each person otherwise', async () => {
    const police = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    const policeElsewhere = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    const coordinator = await t.signIn(p.users.COORDINATOR.email, TEST_PASSWORD);
    let n = 0;
    /** The agencies' reads made for one allocation, with `sessions` subscribed (one socket each). */
    const readsFor = async (sessions: string[]): Promise<number> => {
      const streams = sessions.map(watch);
      await settle();
      const before = sql.reads;
      n += 1;
      await allocate(`Allocation ${n}`, 'HMRC');
      await waitFor(() => streams.every((s) => s.events.some((e) => e.taskChanged.title === `Allocation ${n}`)));
      await settle(200);
      for (const s of streams) s.stop();
      return sql.reads - before;
    };
    const none = await readsFor([]);
    const one = await readsFor([police]);
    expect(one).toBe(none + 1);
    expect(await readsFor([police, police, police])).toBe(one);
    // Two sessions of the same person, checked by the same read.
    expect(await readsFor([police, policeElsewhere])).toBe(one);
    // Three people: each has answers of their own, whatever their rights have in common.
    expect(await readsFor([police, coordinator, chair])).toBe(none + 3);
  });

  it('sends each viewer of one event only what they may see, and logs it for each subscriber', async () => {
    const [nominal] = await t.dataSource.query(
      `INSERT INTO nominal (panel_id, reference, surname, forenames) VALUES ($1, 'N-0001', 'Ashcombe', 'Robin') RETURNING id`,
      [p.panelId],
    );
    // A partner of Trading Standards sees Trading Standards' tasks only.
    const [u] = await t.dataSource.query(
      `INSERT INTO app_user (email, name, agency_id, password_hash) SELECT $1, 'TS partner', $2, password_hash FROM app_user WHERE id = $3 RETURNING id`,
      [`ts.${p.panelId}@example.test`, p.agencies['Trading Standards'], p.users.CHAIR.userId],
    );
    await t.dataSource.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, 'PARTNER_MEMBER')`, [p.panelId, u.id]);
    const sessions = {
      police: await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD),
      hmrc: await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD),
      // Trading Standards' agreement does not cover personal data: the observer sees the task, not the name.
      observer: await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD),
      tradingStandards: await t.signIn(`ts.${p.panelId}@example.test`, TEST_PASSWORD),
    };
    // Two sockets each, so that every answer that is shared is shared.
    const streams = Object.fromEntries(Object.entries(sessions).map(([who, session]) => [who, [watch(session), watch(session)]]));
    await settle();

    await allocate('Visit the address', 'HMRC', nominal.id);
    const title = (e: TaskEvent) => e.taskChanged.title;
    await waitFor(() =>
      ['police', 'hmrc', 'observer'].every((who) => streams[who].every((s) => s.events.some((e) => title(e) === 'Visit the address'))),
    );
    await settle(300);
    const shown = (who: string) =>
      streams[who].map((s) => s.events.filter((e) => title(e) === 'Visit the address').map((e) => e.taskChanged.nominal));
    expect(shown('police')).toEqual([[{ surname: 'Ashcombe', personalDataWithheld: false }], [{ surname: 'Ashcombe', personalDataWithheld: false }]]);
    expect(shown('hmrc')).toEqual([[{ surname: 'Ashcombe', personalDataWithheld: false }], [{ surname: 'Ashcombe', personalDataWithheld: false }]]);
    expect(shown('observer')).toEqual([[{ surname: null, personalDataWithheld: true }], [{ surname: null, personalDataWithheld: true }]]);
    expect(shown('tradingStandards')).toEqual([[], []]);
    for (const s of Object.values(streams).flat()) expect(s.errors).toEqual([]);

    // One row per subscriber sent the name, written under its own viewer; none for those shown no personal data.
    const rows: { actor_user_id: string; disclosed_to_agency_id: string; channel: string; n: number }[] = await t.dataSource.query(
      `SELECT actor_user_id, disclosed_to_agency_id, channel, count(*)::int AS n FROM consultation_subject
        WHERE action = 'CONSULT' AND entity_type = 'Nominal' AND entity_id = $1
        GROUP BY actor_user_id, disclosed_to_agency_id, channel ORDER BY actor_user_id`,
      [nominal.id],
    );
    const expected = [
      { actor_user_id: p.users.POLICE_MEMBER.userId, disclosed_to_agency_id: p.agencies['Police SOC unit'], channel: 'SUBSCRIPTION', n: 2 },
      { actor_user_id: p.users.PARTNER_MEMBER.userId, disclosed_to_agency_id: p.agencies.HMRC, channel: 'SUBSCRIPTION', n: 2 },
    ];
    expect(rows).toEqual(expected.sort((a, b) => (a.actor_user_id < b.actor_user_id ? -1 : 1)));
  });
});
