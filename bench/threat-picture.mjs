// `npm run bench`: the threat picture's p50/p95 through HTTP + GraphQL with a signed-in chair, against the same
// figures from one hand-written SQL statement sent straight through `pg` (the floor), at the demo scale and at
// a generated force scale. A throwaway embedded PostgreSQL; the API runs in its own process, as deployed
// (`node api/dist/main.js`, connected as the app role, so row-level security applies), and is asked over a
// kept-alive HTTP connection. The cost of row-level security: the same API connected as the owner of the tables
// (whom the policies do not hold), asked in turn with it round after round so both meet the same load, and the
// floor likewise on the app role's connection; the load average is written beside the figures. Writes
// bench/results/threat-picture.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_SECOND_FACTOR_KEY, compileApi, dist, ROOT, signInDemo, startApi } from './api-process.mjs';
import { FORCE_SCALE, seedForceScale } from './force-scale.mjs';
import { jsonPoster } from './load.mjs';

const RUNS = 500;
const WARM_UP = 50;
const TARGET_RATIO = 1.5;

compileApi();

const { startEmbeddedPostgres, freePort } = await import(path.join(ROOT, 'api/bin/embedded-postgres.mjs'));
const { prepareDatabase } = await import(dist('cli/prepare-database.js'));
const { appLoginUrl } = await import(dist('cli/app-role.js'));
const { DEMO_SIGN_INS } = await import(dist('demo/demo-data.js'));
const { THREAT_PICTURE_SQL } = await import(dist('modules/threat-picture/threat-picture.sql.js'));
const { defaultPeriod } = await import(dist('core/reports/period.js'));
const { londonToday } = await import('@sentinel/shared');
const { default: pg } = await import('pg');

const QUERY = `query($panelId: ID!) { threatPicture(panelId: $panelId) {
  from to activeCount activeByTier { key label count } activeByCrimeType { key label count }
  topGroups { reference name tier score } baselineAt risingGroups { reference name tier previous current }
  groupChanges { month created dismantled archived } emergingThreats { id title crimeType area raisedOn outcome }
  disruptionsByStrand { month key label count } disruptionsByImpact { month key label count } disruptionsByAgency { month key label count }
  taskRates { agencyId agencyName completed closed open overdue completionRate overdueRate } } }`;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (n) => Math.round(n * 100) / 100;

const summary = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: ms(percentile(sorted, 50)), p95: ms(percentile(sorted, 95)), mean: ms(sorted.reduce((a, b) => a + b, 0) / sorted.length) };
};

async function timed(fn) {
  for (let i = 0; i < WARM_UP; i += 1) await fn();
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return summary(times);
}

/** Each variant once per round, round after round, so a passing load falls on all of them alike. */
async function timedRoundRobin(variants) {
  const names = Object.keys(variants);
  for (let i = 0; i < WARM_UP; i += 1) for (const name of names) await variants[name]();
  const times = Object.fromEntries(names.map((name) => [name, []]));
  const loadBefore = os.loadavg();
  for (let i = 0; i < RUNS; i += 1) {
    for (const name of names) {
      const t0 = process.hrtime.bigint();
      await variants[name]();
      times[name].push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  const loadAverage = { before: loadBefore.map(ms), after: os.loadavg().map(ms) };
  return { stats: Object.fromEntries(names.map((name) => [name, summary(times[name])])), loadAverage };
}

/** POSTs over one kept-alive connection per API, as a browser keeps one open to the API. */
const { post } = jsonPoster(1);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-bench-tp-'));
const database = await startEmbeddedPostgres(path.join(dataDir, 'pg'), await freePort());
const apis = [];
const client = new pg.Client({ connectionString: database.url });
let appClient;
try {
  await prepareDatabase(database.url, { demo: true, secondFactorKey: BENCH_SECOND_FACTOR_KEY });
  const appUrl = await appLoginUrl(database.url, path.join(dataDir, 'app-role-password'));
  // As deployed (the app role, held to row-level security), and the same API as the owner, which is not.
  const api = await startApi(appUrl);
  apis.push(api);
  const apiOwner = await startApi(database.url);
  apis.push(apiOwner);
  await client.connect();
  appClient = new pg.Client({ connectionString: appUrl });
  await appClient.connect();

  const chairEmail = DEMO_SIGN_INS.find((s) => s.role === 'CHAIR').email;
  const signInTo = (url) => signInDemo(url, chairEmail);
  const cookie = await signInTo(api.url);
  const ownerCookie = await signInTo(apiOwner.url);
  const [{ panel_id: panelId }] = (
    await client.query(
      `SELECT m.panel_id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE lower(u.email) = lower($1) AND m.role = 'CHAIR' LIMIT 1`,
      [chairEmail],
    )
  ).rows;
  // The chair's panels, as the API sets them on its connection for this viewer.
  const chairPanels = (
    await client.query(
      `SELECT '{' || string_agg(m.panel_id::text, ',' ORDER BY m.panel_id::text) || '}' AS scope FROM membership m JOIN app_user u ON u.id = m.user_id WHERE lower(u.email) = lower($1)`,
      [chairEmail],
    )
  ).rows[0].scope;
  await appClient.query(`SELECT set_config('sentinel.scope', $1, false)`, [chairPanels]);

  const ask = async (url, session) => {
    const { body } = await post(url, { query: QUERY, variables: { panelId } }, { Cookie: session });
    if (!body.data?.threatPicture) throw new Error(`threatPicture failed: ${JSON.stringify(body.errors)}`);
    return body.data.threatPicture;
  };
  const viaApi = () => ask(api.url, cookie);
  const viaApiAsOwner = () => ask(apiOwner.url, ownerCookie);
  const floorParams = () => {
    const today = londonToday();
    const { from, to } = defaultPeriod(today);
    return [panelId, from, to, null, null, today];
  };
  // The floor as a hand-written query is sent: the statement's text with its parameters, planned each time.
  const viaSql = async () => (await client.query(THREAT_PICTURE_SQL, floorParams())).rows[0].picture;
  // For reference: the same statement prepared once on the connection, as the API sends it.
  const viaPreparedSql = async () =>
    (await client.query({ name: 'threat_picture', text: THREAT_PICTURE_SQL, values: floorParams() })).rows[0].picture;
  // The floor again on the app role's connection in the chair's scope: what row-level security costs the statement.
  const viaSqlWithRls = async () => (await appClient.query(THREAT_PICTURE_SQL, floorParams())).rows[0].picture;
  const measure = async (label) => {
    const sample = await viaApi();
    const asOwner = await viaApiAsOwner();
    if (JSON.stringify(asOwner) !== JSON.stringify(sample)) throw new Error('The API as the owner answers differently from the API as the app role');
    if (JSON.stringify(await viaSqlWithRls()) !== JSON.stringify(await viaSql()))
      throw new Error('The floor answers differently under row-level security');
    const loadBefore = os.loadavg().map(ms);
    const api = await timed(viaApi);
    const floor = await timed(viaSql);
    const floorPrepared = await timed(viaPreparedSql);
    const loadAverage = { before: loadBefore, after: os.loadavg().map(ms) };
    // The cost of row-level security: each pair asked in turn, round after round, so both meet the same load.
    const rls = await timedRoundRobin({ api: viaApi, apiAsOwner: viaApiAsOwner, floor: viaSql, floorWithRls: viaSqlWithRls });
    const pair = rls.stats;
    const counts = (
      await client.query(
        `SELECT (SELECT count(*) FROM ocg WHERE panel_id = $1)::int AS ocgs, (SELECT count(*) FROM nominal WHERE panel_id = $1)::int AS nominals,
              (SELECT count(*) FROM intelligence WHERE panel_id = $1)::int AS intelligence, (SELECT count(*) FROM task WHERE panel_id = $1)::int AS tasks,
              (SELECT count(*) FROM task_update WHERE panel_id = $1)::int AS "taskUpdates", (SELECT count(*) FROM meeting WHERE panel_id = $1)::int AS meetings,
              (SELECT count(*) FROM disruption WHERE panel_id = $1)::int AS disruptions`,
        [panelId],
      )
    ).rows[0];
    return {
      label,
      records: counts,
      activeGroups: sample.activeCount,
      api,
      floor,
      p95Ratio: ms(api.p95 / floor.p95),
      p50Ratio: ms(api.p50 / floor.p50),
      floorPrepared,
      p95RatioToPrepared: ms(api.p95 / floorPrepared.p95),
      loadAverage,
      rowLevelSecurity: {
        roundRobin: pair,
        apiCost: {
          p50: ms(pair.api.p50 - pair.apiAsOwner.p50),
          p95: ms(pair.api.p95 - pair.apiAsOwner.p95),
          p95Ratio: ms(pair.api.p95 / pair.apiAsOwner.p95),
        },
        floorCost: { p50: ms(pair.floorWithRls.p50 - pair.floor.p50), p95: ms(pair.floorWithRls.p95 - pair.floor.p95) },
        loadAverage: rls.loadAverage,
      },
    };
  };

  const demo = await measure('demo');
  const t0 = Date.now();
  await seedForceScale(client, panelId);
  const seedSeconds = (Date.now() - t0) / 1000;
  const force = { ...(await measure('force')), generated: FORCE_SCALE, seedSeconds };

  const result = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version, postgres: (await client.query('SHOW server_version')).rows[0].server_version },
    method:
      `${RUNS} sequential requests after ${WARM_UP} warm-up, one signed-in chair, default filter (last 12 months); ` +
      'api = POST /graphql over a kept-alive HTTP connection to the API in its own process (NODE_ENV=production), connected as the app role ' +
      '(row-level security applies), which sends the statement prepared; floor = the same figures by the same SQL statement sent as text ' +
      'through pg as the owner of the tables; floorPrepared = that statement prepared once on the connection (a reference: it leaves out ' +
      'the planning the floor does at every request). rowLevelSecurity: api, the same API connected as the owner (apiAsOwner, not held to ' +
      "row-level security), the floor and the floor on the app role's connection in the chair's scope (floorWithRls), asked in turn, " +
      `${RUNS} rounds after ${WARM_UP}, so all meet the same load. loadAverage = os.loadavg() (1, 5, 15 min) before and after`,
    targetP95Ratio: TARGET_RATIO,
    scales: [demo, force],
    metTarget: [demo, force].every((s) => s.p95Ratio <= TARGET_RATIO),
  };
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench/results/threat-picture.json'), JSON.stringify(result, null, 2) + '\n');
  for (const s of result.scales) {
    const rls = s.rowLevelSecurity;
    console.log(
      `${s.label.padEnd(6)} api p50 ${s.api.p50} ms p95 ${s.api.p95} ms | floor p50 ${s.floor.p50} ms p95 ${s.floor.p95} ms | p95 ratio ${s.p95Ratio}x (target ${TARGET_RATIO}x)` +
        ` | prepared floor p95 ${s.floorPrepared.p95} ms (${s.p95RatioToPrepared}x)`,
    );
    const rr = rls.roundRobin;
    console.log(
      `${''.padEnd(6)} row-level security, in turn: api ${rr.api.p50} / ${rr.api.p95} ms, as owner ${rr.apiAsOwner.p50} / ${rr.apiAsOwner.p95} ms` +
        ` (cost ${rls.apiCost.p50} / ${rls.apiCost.p95} ms) | floor ${rr.floor.p50} / ${rr.floor.p95} ms, with it ${rr.floorWithRls.p50} / ${rr.floorWithRls.p95} ms` +
        ` (cost ${rls.floorCost.p50} / ${rls.floorCost.p95} ms) | load ${s.loadAverage.before.join(' ')} -> ${rls.loadAverage.after.join(' ')}`,
    );
  }
} finally {
  await client.end().catch(() => undefined);
  await appClient?.end().catch(() => undefined);
  for (const api of apis) await api.stop();
  await database.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
