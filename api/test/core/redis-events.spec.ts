import { createPanel, TEST_PASSWORD } from '../support/fixtures.js';
import { itWithRedis, processPair } from '../support/redis-pair.js';
import { collect, waitFor, wsClient } from '../support/ws-client.js';

const SUBSCRIBE = 'subscription($panelId: ID!) { taskChanged(panelId: $panelId) { reference status createdAt agency { name } } }';

describe('live events shared by several API processes through Redis', () => {
  const pair = processPair();
  itWithRedis('delivers a task allocated through one process to a subscriber of the other, and only to those who may see it', async () => {
    const { a, b, p } = pair;
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
