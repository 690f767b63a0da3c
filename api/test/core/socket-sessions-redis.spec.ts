import { randomUUID } from 'node:crypto';
import net from 'node:net';
import type { Client } from 'graphql-ws';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { collect, waitFor, wsClient } from '../support/ws-client.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SUBSCRIBE = 'subscription($panelId: ID!) { taskChanged(panelId: $panelId) { title } }';

/** Whether a Redis answers PING at the address, within half a second. */
async function redisAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}

const redisUp = await redisAnswers(REDIS_URL);

describe('a session ended through one API process closes its sockets on another', () => {
  // The machines this project runs on start a Redis on 127.0.0.1:6379; without one there is no second process
  // sharing live events to test against, so this test cannot run and says so.
  const itWithRedis = redisUp ? it : it.skip;
  const prefix = `sentinel-test-${randomUUID()}:`;
  let a: TestApp;
  let b: TestApp;
  let p: PanelFixture;
  const clients: Client[] = [];
  beforeAll(async () => {
    if (!redisUp) return;
    a = await startTestApp({ REDIS_URL, REDIS_PREFIX: prefix });
    b = await startTestApp({ REDIS_URL, REDIS_PREFIX: prefix });
    p = await createPanel(a.dataSource);
  });
  afterAll(async () => {
    for (const c of clients) await c.dispose();
    await a?.close();
    await b?.close();
  });

  itWithRedis('closes the socket held by process B with 4401 within 5 s of signing out through process A', async () => {
    await a.listen();
    const urlB = await b.listen();
    const session = await a.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    const hmrc = wsClient(urlB, session);
    const police = wsClient(urlB, await a.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD));
    clients.push(hmrc, police);
    let closedWith: number | null = null;
    hmrc.on('closed', (event) => {
      closedWith = (event as { code: number }).code;
    });
    const hmrcEvents = collect<{ taskChanged: { title: string } }>(hmrc, SUBSCRIBE, { panelId: p.panelId });
    const policeEvents = collect<{ taskChanged: { title: string } }>(police, SUBSCRIBE, { panelId: p.panelId });
    await new Promise((r) => setTimeout(r, 500));

    const chair = await a.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    const allocate = async (title: string) => {
      const res = await a.gql('mutation($i: AllocateTaskInput!) { allocateTask(input: $i) { id } }', {
        i: { panelId: p.panelId, title, agencyId: p.agencies.HMRC },
      }, { session: chair });
      expect(res.errors).toBeUndefined();
    };
    await allocate('Before signing out');
    await waitFor(() => hmrcEvents.events.length === 1 && policeEvents.events.length === 1, 5000);

    expect((await a.gql('mutation { signOut }', {}, { session })).errors).toBeUndefined();
    await waitFor(() => closedWith !== null, 5000);
    expect(closedWith).toBe(4401);

    await allocate('After signing out');
    await waitFor(() => policeEvents.events.length === 2, 5000);
    await new Promise((r) => setTimeout(r, 300));
    expect(hmrcEvents.events.map((e) => e.taskChanged.title)).toEqual(['Before signing out']);
  });
});
