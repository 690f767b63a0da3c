// `npm run bench:profile -- <question> [connections] [seconds]`: where the API's time goes for one of the bench's
// questions (bench/read-questions.mjs). The API runs as in `npm run bench`, keeping no answers between requests
// (PANEL_READ_CACHE_ENTRIES=0 unless set), with the inspector on; its CPU profile is
// taken over the load and summed by function (self time) and by file, and written with the whole profile to
// bench/results/profile-<question>.json (the top of each list, and the allocations sampled by function) and .cpuprofile (the whole, for Chrome's DevTools;
// not kept in git).
import fs from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import { ROOT } from './api-process.mjs';
import { closedLoop, jsonPoster, loadAverage, round2 } from './load.mjs';
import { QUESTIONS } from './read-questions.mjs';
import { startStack } from './stack.mjs';
import { measureSubscribers } from './subscribers.mjs';

const [name = 'groupList', connsArg = '10', secondsArg = '10'] = process.argv.slice(2);
// `subscribers`: 1,000 graphql-ws subscribers taking a few task changes (bench/subscribers.mjs); figures per change.
const fanOut = name === 'subscribers';
const question = QUESTIONS.find((q) => q.name === name);
if (!question && !fanOut) throw new Error(`Ask for one of: ${QUESTIONS.map((q) => q.name).join(', ')}, subscribers`);
let inspectPort = 0;
const stack = await startStack({
  floorConnections: 0,
  postgraphile: false,
  // The answer worked out at every request (where the time goes), unless PANEL_READ_CACHE_ENTRIES says otherwise.
  apiEnv: { PANEL_READ_CACHE_ENTRIES: process.env.PANEL_READ_CACHE_ENTRIES ?? '0' },
  apiNodeArgs: async (freePort) => [
    `--inspect=127.0.0.1:${(inspectPort = await freePort())}`,
    ...(process.env.API_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
  ],
});
try {
  const [{ webSocketDebuggerUrl }] = await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json();
  const inspector = await connectInspector(webSocketDebuggerUrl);
  const poster = jsonPoster(Number(connsArg));
  const send = () =>
    poster
      .post(stack.api.url, { query: question.api, variables: question.variables(stack.context) }, { Cookie: stack.cookie })
      .then(question.checkApi);
  if (!fanOut) await closedLoop(send, Number(connsArg), 2);
  const startProfiling = async () => {
    await inspector.call('Profiler.enable');
    await inspector.call('Profiler.setSamplingInterval', { interval: 200 });
    await inspector.call('Profiler.start');
    // Where the garbage comes from: allocations sampled every 32 kB, by the function that made them.
    await inspector.call('HeapProfiler.enable');
    await inspector.call('HeapProfiler.startSampling', {
      samplingInterval: 32768,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
    await stack.owner.query('SELECT pg_stat_statements_reset()');
  };
  const load = loadAverage();
  if (!fanOut) await startProfiling();
  const run = fanOut ? await fanOutRun(startProfiling) : await closedLoop(send, Number(connsArg), Number(secondsArg));
  const statements = (
    await stack.owner.query(
      `SELECT calls, round((total_exec_time / $1)::numeric, 3)::float AS ms_per_request, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 150) AS query
         FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT 15`,
      [Math.max(1, run.latencies.length)],
    )
  ).rows;
  const { profile } = await inspector.call('Profiler.stop');
  const { profile: heap } = await inspector.call('HeapProfiler.stopSampling');
  inspector.close();
  poster.close();

  const { byFunction, byFile, totalMs } = summarise(profile);
  const allocations = summariseAllocations(heap, run.latencies.length);
  const result = {
    question: name,
    conns: Number(connsArg),
    requests: run.latencies.length,
    loadAverage: load,
    totalMs,
    byFunction: byFunction.slice(0, 100),
    byFile: byFile.slice(0, 50),
    allocatedKbPerRequest: allocations.total,
    allocationsByFunction: allocations.byFunction.slice(0, 40),
    statements,
  };
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, `bench/results/profile-${name}.json`), JSON.stringify(result, null, 2) + '\n');
  fs.writeFileSync(path.join(ROOT, `bench/results/profile-${name}.cpuprofile`), JSON.stringify(profile));
  console.log(`${run.latencies.length} requests, ${round2(totalMs / run.latencies.length)} ms of API CPU per request (load ${load.join(', ')})`);
  console.log('\nBy file (self time, ms per request):');
  for (const f of byFile.slice(0, 25)) console.log(`  ${String(round2(f.ms / run.latencies.length)).padStart(7)}  ${f.file}`);
  console.log('\nPostgreSQL, by statement (execution ms per request, calls):');
  for (const st of statements) console.log(`  ${String(st.ms_per_request).padStart(7)}  ${String(st.calls).padStart(6)}  ${st.query}`);
  console.log(`\nAllocated, ${allocations.total} kB per request; by function (kB per request, sampled):`);
  for (const a of allocations.byFunction.slice(0, 25)) console.log(`  ${String(a.kb).padStart(7)}  ${a.fn}  ${a.file}`);
  console.log('\nBy function (self time, ms per request):');
  for (const f of byFunction.slice(0, 40)) console.log(`  ${String(round2(f.ms / run.latencies.length)).padStart(7)}  ${f.fn}  ${f.file}`);
} finally {
  await stack.stop();
}

/** The subscribers' run, shaped as a load run: one "request" per change sent to every subscriber. */
async function fanOutRun(onReady) {
  const s = await measureSubscribers({ api: stack.api, cookie: stack.cookie, context: stack.context, loadAverage, onReady });
  console.log(`${s.subscribers} subscribers, ${s.changes} changes: delivered p50 ${s.p50} ms, p95 ${s.p95} ms`);
  return { latencies: Array.from({ length: s.changes }, () => s.p95) };
}

function connectInspector(url) {
  const ws = new WebSocket(url);
  let id = 0;
  const pending = new Map();
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data));
    if (msg.id && pending.has(msg.id)) {
      pending.get(msg.id)(msg.result);
      pending.delete(msg.id);
    }
  });
  return new Promise((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () =>
      resolve({
        call: (method, params = {}) =>
          new Promise((done) => {
            id += 1;
            pending.set(id, done);
            ws.send(JSON.stringify({ id, method, params }));
          }),
        close: () => ws.close(),
      }),
    );
  });
}

/** Self time per function and per file, from the sampled profile. */
function summarise(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i += 1) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const byFunction = new Map();
  const byFile = new Map();
  let totalMs = 0;
  for (const [id, ms] of self) {
    const { callFrame } = nodes.get(id);
    if (callFrame.functionName === '(idle)') continue;
    totalMs += ms;
    const file = shorten(callFrame.url) || callFrame.functionName;
    const fn = `${callFrame.functionName || '(anonymous)'}:${callFrame.lineNumber + 1}`;
    byFunction.set(`${fn}|${file}`, (byFunction.get(`${fn}|${file}`) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const sorted = (m, f) => [...m].map(f).sort((a, b) => b.ms - a.ms);
  return {
    totalMs: round2(totalMs),
    byFunction: sorted(byFunction, ([k, ms]) => ({ fn: k.split('|')[0], file: k.split('|')[1], ms: round2(ms) })),
    byFile: sorted(byFile, ([file, ms]) => ({ file, ms: round2(ms) })),
  };
}

/** Bytes allocated per request by the function that allocated them, from the sampling heap profile. */
function summariseAllocations(heap, requests) {
  const byFunction = new Map();
  let total = 0;
  const walk = (node) => {
    const bytes = node.selfSize ?? 0;
    if (bytes) {
      const { callFrame } = node;
      const key = `${callFrame.functionName || '(anonymous)'}:${callFrame.lineNumber + 1}|${shorten(callFrame.url) || callFrame.functionName}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + bytes);
      total += bytes;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(heap.head);
  const kb = (bytes) => round2(bytes / 1024 / Math.max(1, requests));
  return {
    total: kb(total),
    byFunction: [...byFunction].map(([k, bytes]) => ({ fn: k.split('|')[0], file: k.split('|')[1], kb: kb(bytes) })).sort((a, b) => b.kb - a.kb),
  };
}

function shorten(url) {
  return url
    .replace(/^file:\/\//, '')
    .replace(`${ROOT}/`, '')
    .replace(/^.*node_modules\//, 'node_modules/');
}
