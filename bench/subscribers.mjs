// 1,000 browsers on the task board at once: graphql-ws subscribers to taskChanged, each a socket of its own with the
// chair's session, then a note added to a task through the API, several times over. The time from sending the
// change to each subscriber's receipt of it, as percentiles over every delivery.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { jsonPoster, latencySummary, round2 } from './load.mjs';

const SUBSCRIBERS = 1000;
const CHANGES = 5;
const SUBSCRIPTION = 'subscription($panelId: ID!) { taskChanged(panelId: $panelId) { id reference status } }';
const ADD_NOTE = 'mutation($i: AddTaskUpdateInput!) { addTaskUpdate(input: $i) { id } }';

/** `onReady`, if given, is awaited once every subscriber is listening, before the first change. */
export async function measureSubscribers({ api, cookie, context, loadAverage, onReady }) {
  class SessionSocket extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers: { cookie, origin: api.base } });
    }
  }
  const received = [];
  let sentAt = 0;
  let connected = 0;
  const sockets = Array.from({ length: SUBSCRIBERS }, () => {
    const client = createClient({
      url: `${api.base.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: SessionSocket,
      retryAttempts: 0,
      on: { connected: () => (connected += 1) },
    });
    client.subscribe(
      { query: SUBSCRIPTION, variables: { panelId: context.panelId } },
      {
        next: (v) => (v.data?.taskChanged?.id === context.taskId ? received.push(performance.now() - sentAt) : undefined),
        error: (e) => console.error(`A subscriber failed: ${JSON.stringify(e?.message ?? e)}`),
        complete: () => undefined,
      },
    );
    return client;
  });
  for (let i = 0; i < 600 && connected < SUBSCRIBERS; i += 1) await new Promise((r) => setTimeout(r, 100));
  if (connected < SUBSCRIBERS) throw new Error(`Only ${connected} of ${SUBSCRIBERS} subscribers connected`);
  // The subscribe message follows the connection's acknowledgement: a moment for the last ones to be registered.
  await new Promise((r) => setTimeout(r, 1000));
  await onReady?.();

  const poster = jsonPoster(1);
  const load = loadAverage();
  const perChange = [];
  // The first change finds the delivery path's code not yet optimised; later ones show it warm. The machine is
  // shared: the 1-minute load average as each change was sent.
  const p95PerChange = [];
  const loadPerChange = [];
  for (let n = 1; n <= CHANGES; n += 1) {
    const before = received.length;
    loadPerChange.push(loadAverage()[0]);
    sentAt = performance.now();
    const res = await poster.post(
      api.url,
      { query: ADD_NOTE, variables: { i: { taskId: context.taskId, text: `Bench note ${n}` } } },
      { Cookie: cookie },
    );
    if (res.body.errors) throw new Error(`addTaskUpdate: ${JSON.stringify(res.body.errors)}`);
    for (let i = 0; i < 100 && received.length - before < SUBSCRIBERS; i += 1) await new Promise((r) => setTimeout(r, 50));
    perChange.push(received.length - before);
    p95PerChange.push(latencySummary(received.slice(before)).p95);
    await new Promise((r) => setTimeout(r, 300));
  }
  poster.close();
  await Promise.all(sockets.map((c) => c.dispose()));
  const summary = latencySummary(received);
  return {
    subscribers: SUBSCRIBERS,
    changes: CHANGES,
    events: received.length,
    deliveredPerChange: perChange,
    p95PerChange,
    loadPerChange,
    p50: summary.p50,
    p95: summary.p95,
    max: round2(Math.max(...received)),
    loadAverage: load,
  };
}
