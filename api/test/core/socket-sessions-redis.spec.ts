import type { Client } from 'graphql-ws';
import { TEST_PASSWORD } from '../support/fixtures.js';
import { itWithRedis, processPair } from '../support/redis-pair.js';
import { collect, waitFor, wsClient } from '../support/ws-client.js';

const SUBSCRIBE = 'subscription($panelId: ID!) { taskChanged(panelId: $panelId) { title } }';

describe('a session ended through one API process closes its sockets on another', () => {
  const pair = processPair();
  const clients: Client[] = [];
  afterAll(async () => {
    for (const c of clients) await c.dispose();
  });

  itWithRedis('closes the socket held by process B with 4401 within 5 s of signing out through process A', async () => {
    const { a, b, p } = pair;
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
      const res = await a.gql(
        'mutation($i: AllocateTaskInput!) { allocateTask(input: $i) { id } }',
        {
          i: { panelId: p.panelId, title, agencyId: p.agencies.HMRC },
        },
        { session: chair },
      );
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
