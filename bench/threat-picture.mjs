// `npm run bench`: the threat picture's p50/p95 through HTTP + GraphQL with a signed-in chair, against the same
// figures from one hand-written SQL statement sent straight through `pg` (the floor), at the demo scale and at
// a generated force scale. A throwaway embedded PostgreSQL; the API runs in its own process, as deployed
// (`node api/dist/main.js`), and is asked over a kept-alive HTTP connection. Writes
// bench/results/threat-picture.json.
import { execFileSync, spawn } from 'node:child_process';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORCE_SCALE, seedForceScale } from './force-scale.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 500;
const WARM_UP = 50;
const TARGET_RATIO = 1.5;
const dist = (p) => path.join(ROOT, 'api/dist', p);

// Compile what the bench runs, so it measures the code in the tree (not a stale build).
const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'shared/tsconfig.json')], { stdio: 'inherit' });
execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, 'api/tsconfig.build.json')], { stdio: 'inherit' });

const { startEmbeddedPostgres, freePort } = await import(path.join(ROOT, 'api/bin/embedded-postgres.mjs'));
const { prepareDatabase } = await import(dist('cli/prepare-database.js'));
const { DEMO_PASSWORD, DEMO_SIGN_INS } = await import(dist('demo/demo-data.js'));
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

async function timed(fn) {
  for (let i = 0; i < WARM_UP; i += 1) await fn();
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: ms(percentile(times, 50)), p95: ms(percentile(times, 95)), mean: ms(times.reduce((a, b) => a + b, 0) / times.length) };
}

/** One POST over a kept-alive connection, as a browser keeps one open to the API. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function post(url, headers, payload) {
  const body = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...headers } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The API as deployed: its own Node process, production settings, no scheduled jobs. */
async function startApi(databaseUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, [dist('main.js')], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), DATABASE_URL: databaseUrl, JOBS: 'off', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The API stopped (${code}) before it listened`)));
    child.stdout.on('data', (d) => (String(d).includes('listening') ? resolve() : undefined));
  });
  return { url: `http://127.0.0.1:${port}/graphql`, stop: () => new Promise((resolve) => { child.once('exit', resolve); child.kill('SIGTERM'); }) };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-bench-tp-'));
const database = await startEmbeddedPostgres(path.join(dataDir, 'pg'), await freePort());
let api;
const client = new pg.Client({ connectionString: database.url });
try {
  await prepareDatabase(database.url, { demo: true });
  api = await startApi(database.url);
  const url = api.url;
  await client.connect();

  const chairEmail = DEMO_SIGN_INS.find((s) => s.role === 'CHAIR').email;
  const signIn = await post(url, {}, { query: 'mutation($i: SignInInput!) { signIn(input: $i) { id } }', variables: { i: { email: chairEmail, password: DEMO_PASSWORD } } });
  const cookie = signIn.headers['set-cookie'][0].split(';')[0];
  const [{ panel_id: panelId }] = (await client.query(
    `SELECT m.panel_id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE lower(u.email) = lower($1) AND m.role = 'CHAIR' LIMIT 1`, [chairEmail])).rows;

  const viaApi = async () => {
    const { body } = await post(url, { Cookie: cookie }, { query: QUERY, variables: { panelId } });
    if (!body.data?.threatPicture) throw new Error(`threatPicture failed: ${JSON.stringify(body.errors)}`);
    return body.data.threatPicture;
  };
  const floorParams = () => {
    const today = londonToday();
    const { from, to } = defaultPeriod(today);
    return [panelId, from, to, null, null, today];
  };
  // The floor as a hand-written query is sent: the statement's text with its parameters, planned each time.
  const viaSql = async () => (await client.query(THREAT_PICTURE_SQL, floorParams())).rows[0].picture;
  // For reference: the same statement prepared once on the connection, as the API sends it.
  const viaPreparedSql = async () => (await client.query({ name: 'threat_picture', text: THREAT_PICTURE_SQL, values: floorParams() })).rows[0].picture;
  const measure = async (label) => {
    const sample = await viaApi();
    const api = await timed(viaApi);
    const floor = await timed(viaSql);
    const floorPrepared = await timed(viaPreparedSql);
    const counts = (await client.query(
      `SELECT (SELECT count(*) FROM ocg WHERE panel_id = $1)::int AS ocgs, (SELECT count(*) FROM nominal WHERE panel_id = $1)::int AS nominals,
              (SELECT count(*) FROM intelligence WHERE panel_id = $1)::int AS intelligence, (SELECT count(*) FROM task WHERE panel_id = $1)::int AS tasks,
              (SELECT count(*) FROM task_update WHERE panel_id = $1)::int AS "taskUpdates", (SELECT count(*) FROM meeting WHERE panel_id = $1)::int AS meetings,
              (SELECT count(*) FROM disruption WHERE panel_id = $1)::int AS disruptions`, [panelId])).rows[0];
    return {
      label, records: counts, activeGroups: sample.activeCount, api, floor, p95Ratio: ms(api.p95 / floor.p95), p50Ratio: ms(api.p50 / floor.p50),
      floorPrepared, p95RatioToPrepared: ms(api.p95 / floorPrepared.p95),
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
    method: `${RUNS} sequential requests after ${WARM_UP} warm-up, one signed-in chair, default filter (last 12 months); ` +
      'api = POST /graphql over a kept-alive HTTP connection to the API in its own process (NODE_ENV=production), which sends the ' +
      'statement prepared; floor = the same figures by the same SQL statement sent as text through pg; floorPrepared = that ' +
      'statement prepared once on the connection (a reference: it leaves out the planning the floor does at every request)',
    targetP95Ratio: TARGET_RATIO,
    scales: [demo, force],
    metTarget: [demo, force].every((s) => s.p95Ratio <= TARGET_RATIO),
  };
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench/results/threat-picture.json'), JSON.stringify(result, null, 2) + '\n');
  for (const s of result.scales) {
    console.log(`${s.label.padEnd(6)} api p50 ${s.api.p50} ms p95 ${s.api.p95} ms | floor p50 ${s.floor.p50} ms p95 ${s.floor.p95} ms | p95 ratio ${s.p95Ratio}x (target ${TARGET_RATIO}x)` +
      ` | prepared floor p95 ${s.floorPrepared.p95} ms (${s.p95RatioToPrepared}x)`);
  }
} finally {
  await client.end().catch(() => undefined);
  if (api) await api.stop();
  await database.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
