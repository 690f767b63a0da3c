import type { Client } from 'graphql-ws';
import { SocketSessionsService } from '../../src/core/auth/socket-sessions.service.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { collect, waitFor, wsClient, type Collected } from '../support/ws-client.js';

const SUBSCRIBE = `subscription($panelId: ID!) {
  taskChanged(panelId: $panelId) { reference title nominal { surname personalDataWithheld } } }`;
const ALLOCATE = 'mutation($i: AllocateTaskInput!) { allocateTask(input: $i) { reference } }';
const NEW_PASSWORD = 'a different horse battery staple 7';
/** Sessions end by the sweep within 2 s; the issue allows 5. */
const WITHIN_MS = 5000;

type TaskEvent = { taskChanged: { reference: string; title: string; nominal: { surname: string | null; personalDataWithheld: boolean } | null } };

interface Watcher {
  client: Client;
  sub: Collected<TaskEvent>;
  titles(): string[];
  closedWith(): number | null;
}

function watch(url: string, session: string, panelId: string): Watcher {
  const client = wsClient(url, session);
  let code: number | null = null;
  client.on('closed', (event) => {
    code = (event as { code: number }).code;
  });
  const sub = collect<TaskEvent>(client, SUBSCRIBE, { panelId });
  return { client, sub, titles: () => sub.events.map((e) => e.taskChanged.title), closedWith: () => code };
}

const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

describe('open sockets end with the session, and follow the viewer’s current rights', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  let url: string;
  const clients: Client[] = [];
  beforeAll(async () => {
    t = await startTestApp({}, sql);
    url = await t.listen();
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await t?.close();
  });

  async function allocate(p: PanelFixture, chair: string, title: string, agency: string, nominalId: string | null = null): Promise<void> {
    const res = await t.gql(ALLOCATE, { i: { panelId: p.panelId, title, agencyId: p.agencies[agency], nominalId } }, { session: chair });
    expect(res.errors).toBeUndefined();
  }

  /**
   * An HMRC member and a police member (who reads every task) watch the panel's tasks and both receive a first
   * task; then the HMRC member's session is ended by `end`. Their socket must close with 4401 within 5 s, and a
   * task allocated to HMRC afterwards reaches the police member only.
   */
  async function expectSocketClosedWhen(end: (p: PanelFixture, hmrcUserId: string, hmrcSession: string, chair: string) => Promise<void>) {
    const p = await createPanel(t.dataSource);
    const chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    const hmrcSession = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    const hmrc = watch(url, hmrcSession, p.panelId);
    const police = watch(url, await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD), p.panelId);
    clients.push(hmrc.client, police.client);
    await settle();
    await allocate(p, chair, 'Before the session ended', 'HMRC');
    await waitFor(() => hmrc.titles().length === 1 && police.titles().length === 1);

    await end(p, p.users.PARTNER_MEMBER.userId, hmrcSession, chair);
    await waitFor(() => hmrc.closedWith() !== null, WITHIN_MS);
    expect(hmrc.closedWith()).toBe(4401);

    await allocate(p, chair, 'After the session ended', 'HMRC');
    await waitFor(() => police.titles().length === 2);
    await settle();
    expect(hmrc.titles()).toEqual(['Before the session ended']);
    expect(police.closedWith()).toBeNull();
  }

  it('closes the socket when its session signs out', async () => {
    await expectSocketClosedWhen(async (_p, _u, session) => {
      expect((await t.gql('mutation { signOut }', {}, { session })).errors).toBeUndefined();
    });
  });

  it('closes the socket when the person changes their password in another session', async () => {
    await expectSocketClosedWhen(async (p) => {
      const other = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
      const res = await t.gql(
        'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }',
        {
          i: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
        },
        { session: other },
      );
      expect(res.errors).toBeUndefined();
    });
  });

  it('closes the socket when the chair disables the person', async () => {
    await expectSocketClosedWhen(async (p, _u, _s, chair) => {
      const res = await t.gql(
        'mutation($i: SetMemberDisabledInput!) { setMemberDisabled(input: $i) { id } }',
        {
          i: { id: p.users.PARTNER_MEMBER.membershipId, disabled: true, version: 1 },
        },
        { session: chair },
      );
      expect(res.errors).toBeUndefined();
    });
  });

  it('closes the socket when the session has been idle for longer than allowed (an open socket is not activity)', async () => {
    await expectSocketClosedWhen(async (_p, userId) => {
      await t.dataSource.query(`UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`, [userId]);
    });
  });

  it('closes the socket when the session reaches its absolute limit', async () => {
    await expectSocketClosedWhen(async (_p, userId) => {
      await t.dataSource.query(`UPDATE user_session SET created_at = now() - interval '10 hours 1 minute' WHERE user_id = $1`, [userId]);
    });
  });

  it('sends nothing more to someone removed from the panel, and ends their subscription', async () => {
    const p = await createPanel(t.dataSource);
    const chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    const hmrc = watch(url, await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD), p.panelId);
    const police = watch(url, await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD), p.panelId);
    clients.push(hmrc.client, police.client);
    await settle();
    await allocate(p, chair, 'Before the removal', 'HMRC');
    await waitFor(() => hmrc.titles().length === 1 && police.titles().length === 1);

    await t.dataSource.query(`DELETE FROM membership WHERE id = $1`, [p.users.PARTNER_MEMBER.membershipId]);
    // At once, before any sweep: each event reads its subscriber's rights again.
    await allocate(p, chair, 'After the removal', 'HMRC');
    await waitFor(() => police.titles().length === 2);
    await waitFor(() => hmrc.sub.errors.length > 0, WITHIN_MS);
    // Subscribing again under the new rights is refused, as a fresh subscription would be.
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain((hmrc.sub.errors[0] as { extensions?: { code?: string } }).extensions?.code);
    expect(hmrc.titles()).toEqual(['Before the removal']);
  });

  it('re-shapes a socket at once when the person’s role changes: tasks they no longer see are not sent', async () => {
    const p = await createPanel(t.dataSource);
    const chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    const police = watch(url, await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD), p.panelId);
    const hmrc = watch(url, await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD), p.panelId);
    clients.push(police.client, hmrc.client);
    await settle();
    await allocate(p, chair, 'HMRC task seen by the police member', 'HMRC');
    await waitFor(() => police.titles().length === 1 && hmrc.titles().length === 1);

    // As a partner member, the police officer sees only their own agency's tasks.
    const res = await t.gql(
      'mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { role } }',
      {
        i: { id: p.users.POLICE_MEMBER.membershipId, role: 'PARTNER_MEMBER', version: 1 },
      },
      { session: chair },
    );
    expect(res.errors).toBeUndefined();
    await allocate(p, chair, 'HMRC task after the change', 'HMRC');
    await allocate(p, chair, 'Police task after the change', 'Police SOC unit');
    await waitFor(() => police.titles().includes('Police task after the change') && hmrc.titles().length === 2, WITHIN_MS);
    await settle();
    expect(police.titles()).toEqual(['HMRC task seen by the police member', 'Police task after the change']);
    expect(hmrc.titles()).toEqual(['HMRC task seen by the police member', 'HMRC task after the change']);
    expect(police.closedWith()).toBeNull();
  });

  it('withholds personal data from the next event once the agency’s agreement is withdrawn, and logs only what was shown', async () => {
    const p = await createPanel(t.dataSource);
    const [nominal] = await t.dataSource.query(
      `INSERT INTO nominal (panel_id, reference, surname, forenames) VALUES ($1, 'N-0001', 'Pemberton', 'Alex') RETURNING id`,
      [p.panelId],
    );
    const chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    const hmrc = watch(url, await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD), p.panelId);
    const police = watch(url, await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD), p.panelId);
    clients.push(hmrc.client, police.client);
    await settle();
    await allocate(p, chair, 'Visit the nominal', 'HMRC', nominal.id);
    await waitFor(() => hmrc.titles().length === 1 && police.titles().length === 1);
    expect(hmrc.sub.events[0].taskChanged.nominal).toEqual({ surname: 'Pemberton', personalDataWithheld: false });

    await t.dataSource.query(`UPDATE agency SET isa_covers_personal_data = false WHERE id = $1`, [p.agencies.HMRC]);
    // No wait for a sweep: the event itself is resolved with the viewer read again.
    await allocate(p, chair, 'Visit the nominal again', 'HMRC', nominal.id);
    await waitFor(() => hmrc.titles().length === 2 && police.titles().length === 2);
    expect(hmrc.sub.events[1].taskChanged.nominal).toEqual({ surname: null, personalDataWithheld: true });
    expect(police.sub.events[1].taskChanged.nominal).toEqual({ surname: 'Pemberton', personalDataWithheld: false });
    expect(hmrc.closedWith()).toBeNull();

    const rows: { actor_user_id: string; channel: string; n: number }[] = await t.dataSource.query(
      `SELECT actor_user_id, channel, count(*)::int AS n FROM consultation_subject
        WHERE action = 'CONSULT' AND entity_type = 'Nominal' AND entity_id = $1 GROUP BY actor_user_id, channel ORDER BY n`,
      [nominal.id],
    );
    expect(rows).toEqual([
      { actor_user_id: p.users.PARTNER_MEMBER.userId, channel: 'SUBSCRIPTION', n: 1 },
      { actor_user_id: p.users.POLICE_MEMBER.userId, channel: 'SUBSCRIPTION', n: 2 },
    ]);
  });

  it('writes one consultation row per viewer, record and event, and none for a viewer shown no personal data', async () => {
    const p = await createPanel(t.dataSource);
    const [nominal] = await t.dataSource.query(
      `INSERT INTO nominal (panel_id, reference, surname, forenames) VALUES ($1, 'N-0001', 'Fenwright', 'Sam') RETURNING id`,
      [p.panelId],
    );
    const chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    const police = watch(url, await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD), p.panelId);
    // Trading Standards' agreement does not cover personal data: the observer sees the task, not the name.
    const observer = watch(url, await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD), p.panelId);
    clients.push(police.client, observer.client);
    await settle();
    for (const title of ['First', 'Second', 'Third']) await allocate(p, chair, title, 'HMRC', nominal.id);
    await waitFor(() => police.titles().length === 3 && observer.titles().length === 3);
    expect(observer.sub.events.map((e) => e.taskChanged.nominal?.surname)).toEqual([null, null, null]);

    const rows: { actor_user_id: string; disclosed_to_agency_id: string; channel: string }[] = await t.dataSource.query(
      `SELECT actor_user_id, disclosed_to_agency_id, channel FROM consultation_subject
        WHERE action = 'CONSULT' AND entity_type = 'Nominal' AND entity_id = $1`,
      [nominal.id],
    );
    expect(rows).toEqual(
      Array(3).fill({ actor_user_id: p.users.POLICE_MEMBER.userId, disclosed_to_agency_id: p.agencies['Police SOC unit'], channel: 'SUBSCRIPTION' }),
    );
  });

  it('checks every open socket of the process in one statement, however many there are', async () => {
    const sockets = t.app.get(SocketSessionsService);
    const measure = async (people: number) => {
      const p = await createPanel(t.dataSource);
      const roles = (['CHAIR', 'COORDINATOR', 'POLICE_MEMBER', 'PARTNER_MEMBER', 'OBSERVER'] as const).slice(0, people);
      for (const role of roles) {
        const w = watch(url, await t.signIn(p.users[role].email, TEST_PASSWORD), p.panelId);
        clients.push(w.client);
      }
      await settle();
      await sockets.sweep();
      sql.count = 0;
      await sockets.sweep();
      return sql.count;
    };
    const one = await measure(1);
    expect(one).toBe(1);
    expect(await measure(5)).toBe(one);
  });
});
