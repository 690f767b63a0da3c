// The stack the read benches run against: a throwaway embedded PostgreSQL (with pg_stat_statements) holding the demo
// panel and the force scale, the API as deployed (and, if asked, a second API keeping no figures between reads),
// PostGraphile over the same database, the demo chair signed in, and
// `floorConnections` pg connections as the owner for the floor.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_SECOND_FACTOR_KEY, compileApi, dist, ROOT, signInDemo, startApi } from './api-process.mjs';
import { seedForceScale } from './force-scale.mjs';

/** `seed(connect)`, when given, adds more after the force scale (the national scale), through new owner connections. */
export async function startStack({
  floorConnections = 10,
  apiNodeArgs = () => [],
  apiEnv = {},
  postgraphile = true,
  apiCold = false,
  seed = null,
} = {}) {
  compileApi();
  const { startEmbeddedPostgres, freePort } = await import(path.join(ROOT, 'api/bin/embedded-postgres.mjs'));
  const { prepareDatabase } = await import(dist('cli/prepare-database.js'));
  const { appLoginUrl } = await import(dist('cli/app-role.js'));
  const { DEMO_SIGN_INS } = await import(dist('demo/demo-data.js'));
  const { default: pg } = await import('pg');

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-bench-'));
  const pgDir = path.join(dataDir, 'pg');
  const port = await freePort();
  let database = await startEmbeddedPostgres(pgDir, port);
  const stops = [];
  const clients = [];
  const stop = async () => {
    for (const c of clients) await c.end().catch(() => undefined);
    for (const s of stops.reverse()) await s();
    await database.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    // pg_stat_statements counts the statements each request sends: it must be loaded when the server starts.
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
    await admin.end();
    await database.stop();
    database = await startEmbeddedPostgres(pgDir, port);

    await prepareDatabase(database.url, { demo: true, secondFactorKey: BENCH_SECOND_FACTOR_KEY });
    const connect = async () => {
      const c = new pg.Client({ connectionString: database.url });
      await c.connect();
      clients.push(c);
      return c;
    };
    const owner = await connect();
    await owner.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const chairEmail = DEMO_SIGN_INS.find((s) => s.role === 'CHAIR').email;
    const [{ panel_id: panelId }] = (
      await owner.query(
        `SELECT m.panel_id FROM membership m JOIN app_user u ON u.id = m.user_id WHERE lower(u.email) = lower($1) AND m.role = 'CHAIR' LIMIT 1`,
        [chairEmail],
      )
    ).rows;
    process.stdout.write('Loading the force scale... ');
    await seedForceScale(owner, panelId);
    await owner.query('ANALYZE');
    console.log('done');
    if (seed) await seed(connect);

    const appUrl = await appLoginUrl(database.url, path.join(dataDir, 'app-role-password'));
    const api = await startApi(appUrl, await apiNodeArgs(freePort), apiEnv);
    stops.push(api.stop);
    // The same API keeping no panel-wide figures between reads: every dashboard and board worked out afresh.
    const cold = apiCold ? await startApi(appUrl, [], { PANEL_READ_CACHE_ENTRIES: '0' }) : null;
    if (cold) stops.push(cold.stop);
    const peer = postgraphile ? await startPostGraphile(database.url, await freePort()) : null;
    if (peer) stops.push(peer.stop);

    const cookie = await signInDemo(api.url, chairEmail);
    const floorClients = [];
    for (let i = 0; i < floorConnections; i += 1) floorClients.push(await connect());
    return {
      pgDir,
      owner,
      api,
      apiCold: cold,
      postgraphile: peer,
      cookie,
      floorClients,
      context: await questionContext(owner, panelId),
      connect,
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

async function startPostGraphile(ownerUrl, port) {
  const child = spawn(process.execPath, [path.join(ROOT, 'bench/postgraphile-server.mjs')], {
    env: { ...process.env, DATABASE_URL: ownerUrl, PORT: String(port), NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`PostGraphile stopped (${code}) before it listened`)));
    child.stdout.on('data', (d) => (String(d).includes('listening') ? resolve() : undefined));
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** What the questions ask about: the panel, the active group with the most nominals, an open task. */
async function questionContext(owner, panelId) {
  const { londonToday } = await import('@sentinel/shared');
  const { defaultPeriod } = await import(dist('core/reports/period.js'));
  const [{ id: ocgId }] = (
    await owner.query(
      `SELECT o.id FROM ocg o WHERE o.panel_id = $1 AND o.status = 'ACTIVE'
        ORDER BY (SELECT count(*) FROM ocg_nominal m WHERE m.ocg_id = o.id) DESC, o.reference LIMIT 1`,
      [panelId],
    )
  ).rows;
  const [{ id: taskId }] = (await owner.query(`SELECT id FROM task WHERE panel_id = $1 AND status = 'OPEN' ORDER BY reference LIMIT 1`, [panelId]))
    .rows;
  return { panelId, ocgId, taskId, today: londonToday, period: () => defaultPeriod(londonToday()) };
}
