import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { collect, waitFor, wsClient } from '../support/ws-client.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

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
const SUBSCRIBE = 'subscription($panelId: ID!) { taskChanged(panelId: $panelId) { reference status createdAt agency { name } } }';

describe('live events shared by several API processes through Redis', () => {
  // The machines this project runs on start a Redis on 127.0.0.1:6379; on one without it (a bare laptop
  // with only Node) there is nothing to share events through, so this test cannot run and says so.
  const itWithRedis = redisUp ? it : it.skip;
  // One namespace per run, so parallel runs against the same Redis never hear each other's events.
  const prefix = `sentinel-test-${randomUUID()}:`;
  let a: TestApp;
  let b: TestApp;
  let p: PanelFixture;
  beforeAll(async () => {
    if (!redisUp) return;
    a = await startTestApp({ REDIS_URL, REDIS_PREFIX: prefix });
    b = await startTestApp({ REDIS_URL, REDIS_PREFIX: prefix });
    p = await createPanel(a.dataSource);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  itWithRedis("delivers a task allocated through one process to a subscriber of the other, and only to those who may see it", async () => {
    const urlA = await a.listen();
    await b.listen();
    const hmrc = wsClient(urlA, await a.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD));
    const other = await createPanel(a.dataSource);
    const outsider = wsClient(urlA, await a.signIn(other.users.CHAIR.email, TEST_PASSWORD));
    const events = collect<{ taskChanged: { reference: string; status: string; createdAt: string; agency: { name: string } } }>(hmrc, SUBSCRIBE, {
      panelId: p.panelId,
    });
    const outsiderEvents = collect(outsider, SUBSCRIBE, { panelId: other.panelId });
    // Let both subscriptions reach Redis before anything is published.
    await new Promise((r) => setTimeout(r, 500));

    const chair = await b.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    const res = await b.gql<{ allocateTask: { reference: string; createdAt: string } }>(
      'mutation($i: AllocateTaskInput!) { allocateTask(input: $i) { reference createdAt } }',
      { i: { panelId: p.panelId, title: 'Review the accounts', agencyId: p.agencies.HMRC } },
      { session: chair },
    );
    expect(res.errors).toBeUndefined();
    await waitFor(() => events.events.length === 1, 5000);
    expect(events.errors).toEqual([]);
    expect(events.events[0].taskChanged).toEqual({
      reference: res.data!.allocateTask.reference,
      status: 'OPEN',
      createdAt: res.data!.allocateTask.createdAt,
      agency: { name: 'HMRC' },
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(outsiderEvents.events).toEqual([]);
    await hmrc.dispose();
    await outsider.dispose();
  });
});
