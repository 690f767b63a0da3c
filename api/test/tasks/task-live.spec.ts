import { jest } from '@jest/globals';
import type { SessionService } from '../../src/core/auth/session.service.js';
import { SocketSessionsService } from '../../src/core/auth/socket-sessions.service.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { collect, waitFor, wsClient } from '../support/ws-client.js';

const SUBSCRIBE = 'subscription($panelId: ID!) { taskChanged(panelId: $panelId) { reference status agency { name } } }';
const BOARD = `query($panelId: ID!) { taskBoard(panelId: $panelId) {
  byAgency { agency { name } open overdue completed notDone completionRate } byStatus { status count } byOcg { reference open overdue } } }`;

describe('live task changes and the task board', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  let url: string;
  let p: PanelFixture;
  beforeAll(async () => {
    t = await startTestApp({}, sql);
    url = await t.listen();
    p = await createPanel(t.dataSource);
  });
  afterAll(() => t.close());

  it('sends a change to the chair and the allocated agency, and nothing to another agency', async () => {
    const chairSocket = wsClient(url, await t.signIn(p.users.CHAIR.email, TEST_PASSWORD));
    const hmrcSocket = wsClient(url, await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD));
    const tradingStandards = wsClient(url, await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD));
    // The observer reads every task; a partner of another agency must see none, so make one.
    const [u] = await t.dataSource.query(
      `INSERT INTO app_user (email, name, agency_id, password_hash) SELECT $1, 'TS partner', $2, password_hash FROM app_user WHERE id = $3 RETURNING id`,
      [`ts.${p.panelId}@example.test`, p.agencies['Trading Standards'], p.users.CHAIR.userId],
    );
    await t.dataSource.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, 'PARTNER_MEMBER')`, [p.panelId, u.id]);
    const otherAgency = wsClient(url, await t.signIn(`ts.${p.panelId}@example.test`, TEST_PASSWORD));
    const chairEvents = collect<{ taskChanged: { reference: string } }>(chairSocket, SUBSCRIBE, { panelId: p.panelId });
    const hmrcEvents = collect<{ taskChanged: { reference: string } }>(hmrcSocket, SUBSCRIBE, { panelId: p.panelId });
    const observerEvents = collect(tradingStandards, SUBSCRIBE, { panelId: p.panelId });
    const otherEvents = collect(otherAgency, SUBSCRIBE, { panelId: p.panelId });
    await new Promise((r) => setTimeout(r, 300));

    const chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    const res = await t.gql<{ allocateTask: { reference: string } }>(
      'mutation($i: AllocateTaskInput!) { allocateTask(input: $i) { reference } }',
      { i: { panelId: p.panelId, title: 'Review the accounts', agencyId: p.agencies.HMRC } },
      { session: chair },
    );
    await waitFor(() => chairEvents.events.length === 1 && hmrcEvents.events.length === 1 && observerEvents.events.length === 1);
    expect(hmrcEvents.events[0].taskChanged.reference).toBe(res.data!.allocateTask.reference);
    await new Promise((r) => setTimeout(r, 300));
    expect(otherEvents.events).toEqual([]);
    for (const c of [chairSocket, hmrcSocket, tradingStandards, otherAgency]) await c.dispose();
  });

  it('reads the sessions of thirty subscribers taking one event in one statement, not thirty', async () => {
    const session = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    const sockets = Array.from({ length: 30 }, () => wsClient(url, session));
    const connected = Promise.all(sockets.map((socket) => new Promise((r) => socket.on('connected', r))));
    const streams = sockets.map((socket) => collect<{ taskChanged: { reference: string } }>(socket, SUBSCRIBE, { panelId: p.panelId }));
    // Every socket connected (thirty take a while on a loaded machine), then a moment for the subscriptions to start.
    await connected;
    await new Promise((r) => setTimeout(r, 500));
    // The sessions service the sockets read through.
    const { sessions } = t.app.get(SocketSessionsService) as unknown as { sessions: SessionService };
    const reads = jest.spyOn(sessions, 'viewersBySession');
    const res = await t.gql<{ allocateTask: { reference: string } }>(
      'mutation($i: AllocateTaskInput!) { allocateTask(input: $i) { reference } }',
      { i: { panelId: p.panelId, title: 'Check the licences', agencyId: p.agencies.HMRC } },
      { session },
    );
    await waitFor(() => streams.every((s) => s.events.length === 1));
    const asked = reads.mock.calls.map(([ids]) => ids.length);
    reads.mockRestore();
    expect(streams.map((s) => s.events[0].taskChanged.reference)).toEqual(sockets.map(() => res.data!.allocateTask.reference));
    // Every subscriber's session was read after the event arrived (a sweep of all sockets may fall in between too).
    expect(asked.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(30);
    expect(asked.length).toBeLessThanOrEqual(3);
    for (const socket of sockets) await socket.dispose();
  });

  it('answers the board in the same number of statements for 10 and for 2,000 tasks', async () => {
    const measure = async (n: number) => {
      const q = await createPanel(t.dataSource);
      const [ocg] = await t.dataSource.query(
        `INSERT INTO ocg (panel_id, reference, name, status) VALUES ($1, 'OCG-0001', 'Group', 'ACTIVE') RETURNING id`,
        [q.panelId],
      );
      // Due dates fall on multiples of three days from today, never on a reminder day (7 or 1 before, 1 after),
      // so the reminder scans of other test files running beside this one are not handed thousands of tasks.
      await t.dataSource.query(
        `INSERT INTO task (panel_id, reference, title, agency_id, ocg_id, due_on, status, not_done_cause)
         SELECT $1, 'A-' || lpad(g::text, 4, '0'), 'Task ' || g, (ARRAY[$2, $3, $4]::uuid[])[1 + g % 3], CASE WHEN g % 2 = 0 THEN $5::uuid END,
                current_date + (g % 40 - 20) * 3, (ARRAY['OPEN','IN_PROGRESS','COMPLETED','NOT_DONE'])[1 + g % 4],
                CASE WHEN g % 4 = 3 THEN 'AGENCY_DID_NOT_ACT' END
           FROM generate_series(1, $6::int) g`,
        [q.panelId, q.agencies.HMRC, q.agencies['Police SOC unit'], q.agencies['Trading Standards'], ocg.id, n],
      );
      const session = await t.signIn(q.users.CHAIR.email, TEST_PASSWORD);
      sql.count = 0;
      const res = await t.gql<{ taskBoard: { byStatus: { status: string; count: number }[] } }>(BOARD, { panelId: q.panelId }, { session });
      expect(res.errors).toBeUndefined();
      expect(res.data!.taskBoard.byStatus.reduce((s, x) => s + x.count, 0)).toBe(n);
      return sql.count;
    };
    expect(await measure(2000)).toBe(await measure(10));
  });

  it('shows the board only to roles that read every task', async () => {
    const hmrc = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    expect((await t.gql(BOARD, { panelId: p.panelId }, { session: hmrc })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
