// `npm run bench:national` (and the last part of `npm run bench`): Sentinel at the national scale beside the force
// scale, in one run. Two throwaway stacks (bench/stack.mjs): one holds the demo and the force scale on the demo panel;
// the other the same plus the national scale (bench/national-scale.mjs: 43 panels of the force scale, ten regional
// units and the national unit over all of them). Asked in turn, round-robin, BENCH_ROUNDS rounds of BENCH_SECONDS
// per cell, with the load average beside each figure:
//   - the panel pages (bench/read-questions.mjs) as the demo chair, on each stack: their latency and statements per
//     request should not change with 42 more panels on the database;
//   - the national unit's outcome report and threat picture over its 43 panels, and a regional unit's over five,
//     as the demo analyst;
//   - a change that is matched across panels: a nominal created with the date of birth and a sound-alike surname of
//     one held by another panel, on each stack (the match is kept by the database as the row is written).
// Writes bench/results/national.json and bench/results/national.md.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, signInDemo } from './api-process.mjs';
import { closedLoop, jsonPoster, latencySummary, loadAverage, round2 } from './load.mjs';
import { NATIONAL_PANELS, seedNationalScale } from './national-scale.mjs';
import { QUESTIONS } from './read-questions.mjs';
import { startStack } from './stack.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ANALYST = 'analyst@rocu.police.example';

const REGION_OUTCOMES = `query($regionId: ID!, $from: String!, $to: String!) { regionOutcomeReport(regionId: $regionId, from: $from, to: $to) {
  total { disruptions arrests } panels { panelId figures { disruptions } } } }`;
const REGION_PICTURE = `query($regionId: ID!, $from: String!, $to: String!) { regionThreatPicture(regionId: $regionId, from: $from, to: $to) {
  total { activeGroups disruptions } panels { panelId figures { activeGroups } } } }`;
const CREATE_NOMINAL = `mutation($i: CreateNominalInput!) { createNominal(input: $i) { id } }`;

let barDone = -1;
const progress = (done, total) => {
  if (done !== barDone) console.log(`  national scale: ${done}/${total} panels`);
  barDone = done;
};

console.log('Starting the force-scale stack...');
const force = await startStack({ floorConnections: 1, postgraphile: false });
let national = null;
try {
  console.log('Starting the national-scale stack (43 panels of the force scale: several minutes)...');
  national = await startStack({ floorConnections: 1, postgraphile: false, seed: (connect) => seedNationalScale(connect, progress) });
  const stacks = { force, national };
  const statements = async (s) => Number((await s.owner.query(`SELECT coalesce(sum(calls), 0)::bigint AS n FROM pg_stat_statements`)).rows[0].n);
  const regionId = async (name) => (await national.owner.query(`SELECT id FROM region WHERE name = $1`, [name])).rows[0].id;
  const regions = { national: await regionId('Opal (national)'), regional: await regionId('North East ROCU') };
  const regionPanels = async (id) =>
    Number((await national.owner.query(`SELECT count(*)::int AS n FROM region_panel WHERE region_id = $1`, [id])).rows[0].n);
  const analyst = await signInDemo(national.api.url, ANALYST);
  if (!analyst) throw new Error('The demo analyst could not sign in');
  // A nominal of another panel (Eastvale's demo hit), whose date of birth and sound-alike surname each new one takes.
  const target = async (s) =>
    (
      await s.owner.query(
        `SELECT n.surname, to_char(n.date_of_birth, 'YYYY-MM-DD') AS dob FROM nominal n JOIN panel p ON p.id = n.panel_id
          WHERE p.code = 'EVL' AND n.date_of_birth IS NOT NULL ORDER BY n.reference LIMIT 1`,
      )
    ).rows[0];

  const poster = jsonPoster(1);
  const ask = (s, query, variables, cookie, check) => () =>
    poster.post(s.api.url, { query, variables }, { Cookie: cookie }).then((r) => {
      if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
      return check ? check(r.body.data) : r.body.data;
    });
  const cells = [];
  for (const question of QUESTIONS) {
    for (const [scale, s] of Object.entries(stacks)) {
      cells.push({
        key: `${question.name} (${scale})`,
        question: question.name,
        scale,
        stack: s,
        send: ask(s, question.api, question.variables(s.context), s.cookie),
      });
    }
  }
  const period = force.context.period();
  for (const [kind, id] of Object.entries(regions)) {
    const panels = await regionPanels(id);
    cells.push({
      key: `region outcome report, ${kind} (${panels} panels)`,
      question: 'regionOutcomeReport',
      scale: kind,
      stack: national,
      send: ask(national, REGION_OUTCOMES, { regionId: id, ...period }, analyst),
    });
    cells.push({
      key: `region threat picture, ${kind} (${panels} panels)`,
      question: 'regionThreatPicture',
      scale: kind,
      stack: national,
      send: ask(national, REGION_PICTURE, { regionId: id, ...period }, analyst),
    });
  }
  for (const [scale, s] of Object.entries(stacks)) {
    const t = await target(s);
    let n = 0;
    cells.push({
      key: `nominal created, matched across panels (${scale})`,
      question: 'createNominal',
      scale,
      stack: s,
      send: () => {
        n += 1;
        const surname = t ? `${t.surname.slice(0, -1)}${t.surname.slice(-1) === 's' ? 'z' : 's'}` : 'Generated';
        return ask(
          s,
          CREATE_NOMINAL,
          { i: { panelId: s.context.panelId, surname, forenames: `Bench ${n}`, dateOfBirth: t?.dob ?? '1990-01-01' } },
          s.cookie,
        )();
      },
    });
  }

  const results = new Map(
    cells.map((c) => [c.key, { key: c.key, question: c.question, scale: c.scale, latencies: [], requests: 0, statements: 0, loads: [] }]),
  );
  for (const c of cells) await c.send(); // every cell answers once before anything is timed
  for (let round = 1; round <= ROUNDS; round += 1) {
    const order = [...cells];
    for (let k = 0; k < (round - 1) % order.length; k += 1) order.push(order.shift());
    for (const c of order) {
      await closedLoop(c.send, 1, 0.5);
      const r = results.get(c.key);
      r.loads.push(loadAverage()[0]);
      const s0 = await statements(c.stack);
      const run = await closedLoop(c.send, 1, SECONDS);
      r.statements += (await statements(c.stack)) - s0;
      r.latencies.push(...run.latencies);
      r.requests += run.latencies.length;
      if (run.errors) throw new Error(`${c.key}: ${run.firstError.message}`);
    }
    console.log(`round ${round} of ${ROUNDS} done (load ${loadAverage().join(' ')})`);
  }
  poster.close();

  const rows = [...results.values()].map((r) => ({
    cell: r.key,
    question: r.question,
    scale: r.scale,
    requests: r.requests,
    ...latencySummary(r.latencies),
    statementsPerRequest: round2(r.statements / Math.max(1, r.requests)),
    loadAverage1m: round2(r.loads.reduce((a, b) => a + b, 0) / r.loads.length),
  }));
  const ratio = (question) => {
    const f = rows.find((r) => r.question === question && r.scale === 'force');
    const n = rows.find((r) => r.question === question && r.scale === 'national');
    return f && n ? { question, p50: round2(n.p50 / f.p50), statements: round2(n.statementsPerRequest - f.statementsPerRequest) } : null;
  };
  const ratios = [...QUESTIONS.map((q) => q.name), 'createNominal'].map(ratio).filter(Boolean);
  const out = {
    at: new Date().toISOString(),
    panels: NATIONAL_PANELS,
    rounds: ROUNDS,
    secondsPerCell: SECONDS,
    cpus: (await import('node:os')).cpus().length,
    rows,
    nationalOverForce: ratios,
  };
  const dir = path.join(ROOT, 'bench/results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'national.json'), `${JSON.stringify(out, null, 2)}\n`);
  const md = [
    `# National scale beside force scale (${out.at})`,
    '',
    `${NATIONAL_PANELS} panels of the force scale against the force scale alone; ${ROUNDS} rounds of ${SECONDS} s per cell, round-robin, one connection.`,
    '',
    '| cell | requests | p50 ms | p95 ms | statements / request | load (1 min) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.cell} | ${r.requests} | ${r.p50} | ${r.p95} | ${r.statementsPerRequest} | ${r.loadAverage1m} |`),
    '',
    '| panel page | national p50 / force p50 | statements / request, national - force |',
    '| --- | ---: | ---: |',
    ...ratios.map((r) => `| ${r.question} | ${r.p50} | ${r.statements} |`),
    '',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'national.md'), md);
  console.log(md);
} finally {
  await national?.stop();
  await force.stop();
}
