// `npm run bench`: the hot reads side by side, on the force scale (bench/force-scale.mjs) in a throwaway embedded
// PostgreSQL. Three ways to answer the same question, in one run:
//   api         the API as deployed (`NODE_ENV=production node api/dist/main.js`, the app role, row-level
//               security, authorisation and the s.62 consultation log on), asked as the signed-in chair;
//   apiCold     for the answers the API keeps between reads (group list, dashboard, task board): a second API
//               process keeping none (PANEL_READ_CACHE_ENTRIES=0), so every answer is worked out afresh;
//   floor       one hand-written SQL statement, prepared once per connection, sent straight through pg;
//   postgraphile PostGraphile 5 (amber preset) over the same database as its owner: no authorisation, no
//               row-level security, no consultation log (the group list and page only).
// Each cell (question x way x connections) runs for BENCH_SECONDS; the cells go round-robin, BENCH_ROUNDS rounds,
// so a passing load falls on all alike, and the load average is written beside each. Writes req/s, p50/p95/p99,
// CPU ms per request of the answering process and of PostgreSQL, and statements per request (pg_stat_statements)
// to bench/results/reads.json and a table to bench/results/reads.md. Then 1,000 graphql-ws subscribers
// (bench/subscribers.mjs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './api-process.mjs';
import { FORCE_SCALE } from './force-scale.mjs';
import { closedLoop, jsonPoster, latencySummary, loadAverage, postgresCpuMs, processCpuMs, round2 } from './load.mjs';
import { QUESTIONS } from './read-questions.mjs';
import { startStack } from './stack.mjs';
import { measureSubscribers } from './subscribers.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = [1, 10];
const WAYS = ['api', 'apiCold', 'floor', 'postgraphile'];

const stack = await startStack({ floorConnections: Math.max(...CONNECTIONS), apiCold: true });
try {
  const { pgDir, owner, api, apiCold, postgraphile, cookie, floorClients, context } = stack;
  const statements = async () => Number((await owner.query(`SELECT coalesce(sum(calls), 0)::bigint AS n FROM pg_stat_statements`)).rows[0].n);

  /** One way of answering one question: a function sending one request on loop i, checked. */
  const senders = (question, conns) => {
    const poster = jsonPoster(conns);
    const askApi = (target) => () =>
      poster.post(target.url, { query: question.api, variables: question.variables(context) }, { Cookie: cookie }).then(question.checkApi);
    const ways = {
      api: askApi(api),
      ...(question.cached ? { apiCold: askApi(apiCold) } : {}),
      floor: (i) =>
        floorClients[i]
          .query({ name: question.name, text: question.floor, values: question.floorParams(context) })
          .then((r) => question.checkFloor(r.rows)),
    };
    if (question.postgraphile) {
      ways.postgraphile = () =>
        poster
          .post(postgraphile.url, { query: question.postgraphile, variables: question.postgraphileVariables(context) })
          .then(question.checkPostgraphile);
    }
    return { ways, close: poster.close };
  };
  const pidOf = { api: api.pid, apiCold: apiCold.pid, postgraphile: postgraphile.pid, floor: process.pid };

  // Every way answers every question once before anything is timed, and is checked to agree with the floor.
  for (const question of QUESTIONS) {
    const { ways, close } = senders(question, 1);
    const answers = {};
    for (const [way, send] of Object.entries(ways)) answers[way] = await send(0);
    close();
    const differ = Object.entries(answers).filter(([, a]) => JSON.stringify(a) !== JSON.stringify(answers.floor));
    if (differ.length) throw new Error(`${question.label}: ${differ.map(([w]) => w).join(', ')} answer differently from the floor`);
  }

  const cells = new Map();
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const conns of CONNECTIONS) {
      for (const question of QUESTIONS) {
        const { ways, close } = senders(question, conns);
        // Each round starts with a different way, so none always follows another's load.
        const order = Object.keys(ways);
        for (let k = 0; k < (round - 1) % order.length; k += 1) order.push(order.shift());
        for (const way of order) {
          await closedLoop(ways[way], conns, 0.5);
          const load = loadAverage();
          const [s0, app0, pg0] = [await statements(), processCpuMs(pidOf[way]), await postgresCpuMs(pgDir)];
          const run = await closedLoop(ways[way], conns, SECONDS);
          const [s1, app1, pg1] = [await statements(), processCpuMs(pidOf[way]), await postgresCpuMs(pgDir)];
          const key = `${question.name}|${way}|${conns}`;
          const cell = cells.get(key) ?? {
            question: question.name,
            way,
            conns,
            latencies: [],
            requests: 0,
            seconds: 0,
            errors: 0,
            appCpu: 0,
            pgCpu: 0,
            statements: 0,
            load: [],
          };
          cell.latencies.push(...run.latencies);
          cell.requests += run.latencies.length;
          cell.seconds += run.seconds;
          cell.errors += run.errors;
          cell.appCpu += app1 - app0;
          cell.pgCpu += pg1 - pg0;
          // The two readings of the counter are statements too.
          cell.statements += s1 - s0 - 1;
          cell.load.push(load[0]);
          cells.set(key, cell);
          console.log(
            `round ${round} ${question.name.padEnd(11)} ${way.padEnd(12)} ${String(conns).padStart(2)} conns: ${(run.latencies.length / run.seconds).toFixed(1).padStart(7)} req/s, load ${load[0]}`,
          );
        }
        close();
      }
    }
  }

  const results = [...cells.values()].map((c) => ({
    question: c.question,
    way: c.way,
    conns: c.conns,
    reqPerSec: round2(c.requests / c.seconds),
    ...latencySummary(c.latencies),
    appCpuMsPerReq: round2(c.appCpu / c.requests),
    postgresCpuMsPerReq: round2(c.pgCpu / c.requests),
    statementsPerReq: round2(c.statements / c.requests),
    requests: c.requests,
    errors: c.errors,
    loadAverage1m: c.load,
  }));
  const subscribers = await measureSubscribers({ api, cookie, context, loadAverage });

  const result = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version, postgres: (await owner.query('SHOW server_version')).rows[0].server_version },
    scale: FORCE_SCALE,
    method:
      `${ROUNDS} rounds; in each, every question x way x connections for ${SECONDS} s (after 0.5 s unmeasured), round-robin, the ` +
      'starting way rotated each round. Closed loop: each connection sends its next request when its last is answered. api: POST /graphql ' +
      'over kept-alive HTTP as the demo chair; apiCold (dashboard, task board): the same API keeping no figures between reads; floor: one prepared statement per question over pg, as the owner; postgraphile: PostGraphile ' +
      '5.1.5, amber preset, as the owner. appCpuMsPerReq: the answering process (the API, PostGraphile, or for the floor this bench process, ' +
      'which also drives the load); postgresCpuMsPerReq: every PostgreSQL process; statementsPerReq: pg_stat_statements calls. ' +
      'loadAverage1m: os.loadavg()[0] as each of its cells began.',
    results,
    subscribers,
    targets: targets(results, subscribers),
  };
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench/results/reads.json'), JSON.stringify(result, null, 2) + '\n');
  fs.writeFileSync(path.join(ROOT, 'bench/results/reads.md'), table(result));
  console.log(`\n${table(result)}`);
} finally {
  await stack.stop();
}

function cellOf(results, question, way, conns) {
  return results.find((r) => r.question === question && r.way === way && r.conns === conns);
}

function targets(results, subscribers) {
  const t = [];
  // Warm (the kept answer) and cold (worked out at every read), each against PostGraphile.
  for (const [way, state] of [
    ['api', 'warm'],
    ['apiCold', 'cold'],
  ]) {
    const [a, g] = [cellOf(results, 'groupList', way, 10), cellOf(results, 'groupList', 'postgraphile', 10)];
    if (!a || !g) continue;
    t.push({
      target: `group list with open-task counts (${state}), 10 connections: throughput >= 1.5x PostGraphile`,
      ratio: round2(a.reqPerSec / g.reqPerSec),
      met: a.reqPerSec >= 1.5 * g.reqPerSec,
    });
    t.push({
      target: `group list with open-task counts (${state}), 10 connections: p95 <= 0.7x PostGraphile`,
      ratio: round2(a.p95 / g.p95),
      met: a.p95 <= 0.7 * g.p95,
    });
  }
  // Warm (the kept answer) and cold (worked out at every read), each against the floor.
  for (const q of ['dashboard', 'taskBoard']) {
    for (const [way, state] of [
      ['api', 'warm'],
      ['apiCold', 'cold'],
    ]) {
      const [a1, f1, a10, f10] = [
        cellOf(results, q, way, 1),
        cellOf(results, q, 'floor', 1),
        cellOf(results, q, way, 10),
        cellOf(results, q, 'floor', 10),
      ];
      t.push({ target: `${q} (${state}), 1 connection: p95 <= 1.3x the floor`, ratio: round2(a1.p95 / f1.p95), met: a1.p95 <= 1.3 * f1.p95 });
      t.push({
        target: `${q} (${state}), 10 connections: throughput >= 0.6x the floor`,
        ratio: round2(a10.reqPerSec / f10.reqPerSec),
        met: a10.reqPerSec >= 0.6 * f10.reqPerSec,
      });
    }
  }
  t.push({ target: '1,000 subscribers: 95% delivered within 100 ms', value: subscribers.p95, met: subscribers.p95 <= 100 });
  return t;
}

function table(result) {
  const lines = [
    `# Hot reads, side by side (${result.measuredAt})`,
    '',
    `Machine: ${result.machine.cpus} CPUs, Node ${result.machine.node}, PostgreSQL ${result.machine.postgres}. Force scale: ${JSON.stringify(result.scale)}.`,
    '',
    result.method,
    '',
    '| question | way | conns | req/s | p50 ms | p95 ms | p99 ms | app CPU ms/req | PostgreSQL CPU ms/req | statements/req | load (1 min) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const order = (r) => [QUESTIONS.findIndex((q) => q.name === r.question), r.conns, WAYS.indexOf(r.way)];
  const sorted = [...result.results].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  for (const r of sorted) {
    const label = QUESTIONS.find((q) => q.name === r.question).label;
    lines.push(
      `| ${label} | ${r.way} | ${r.conns} | ${r.reqPerSec} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.appCpuMsPerReq} | ${r.postgresCpuMsPerReq} | ${r.statementsPerReq} | ${r.loadAverage1m.join(', ')} |`,
    );
  }
  const s = result.subscribers;
  lines.push(
    '',
    `1,000 graphql-ws subscribers to taskChanged, ${s.events} updates: time from the change to its delivery, p50 ${s.p50} ms, p95 ${s.p95} ms, max ${s.max} ms (load ${s.loadAverage.join(', ')}).`,
    '',
    '| target | figure | met |',
    '| --- | --- | --- |',
    ...result.targets.map((t) => `| ${t.target} | ${t.ratio ?? t.value} | ${t.met ? 'yes' : 'no'} |`),
    '',
  );
  return lines.join('\n');
}
