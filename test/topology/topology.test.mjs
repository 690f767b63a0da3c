// The production topology, proved through its proxy (topology.mjs): sign-in and a journey in Chromium over TLS, a
// live update across processes, the scheduled jobs once across both, heavy reads from the replica, one process
// killed under steady traffic, and readiness when the database stops. Prints the failed requests and the lag seen.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import { chromium } from 'playwright-core';
import WebSocket from 'ws';
import { missingTools } from './services.mjs';
import { insecureFetch, ROOT, startTopology } from './topology.mjs';

const { signInDemo } = await import(path.join(ROOT, 'bench/api-process.mjs'));
const { freshDemoCode } = await import(path.join(ROOT, 'api/bin/demo-code.mjs'));
const { DEMO_PASSWORD, DEMO_SECOND_FACTOR_KEY } = await import(path.join(ROOT, 'api/dist/demo/demo-data.js'));
const { CHROMIUM_LAUNCH_ARGS } = await import(path.join(ROOT, 'api/dist/modules/minutes/pdf.service.js'));

const CHAIR = 'chair@northmoor.police.example';
const COORDINATOR = 'coordinator@northmoor.police.example';
const missing = missingTools();
const report = {};
let t;

before(async () => {
  if (missing.length) throw new Error(`The topology test needs ${missing.join(', ')} (bash .ci/run installs them)`);
  t = await startTopology();
});
after(async () => {
  await t?.stop();
  if (t) fs.writeFileSync(path.join(t.root, 'report.json'), JSON.stringify(report, null, 2));
  console.log(`topology: ${JSON.stringify(report)}`);
});

/** A metric summed over both API processes. */
async function metric(pattern) {
  let sum = 0;
  for (const api of t.apis) {
    const text = await fetch(api.metricsUrl).then(
      (r) => r.text(),
      () => '',
    );
    for (const m of text.matchAll(new RegExp(`^${pattern} (\\S+)$`, 'gm'))) sum += Number(m[1]);
  }
  return sum;
}
const replicaStatements = () => metric('sentinel_db_statements_total\\{target="replica"\\}');

async function until(what, check, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test('signs in through nginx over TLS and opens the threat picture, which reads the replica', async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_LAUNCH_ARGS,
  });
  try {
    const page = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
    const answer = await page.goto(`${t.proxyUrl}/sign-in`);
    assert.ok(answer.headers()['strict-transport-security'], 'nginx adds HSTS');
    await page.getByLabel('Email address').fill(CHAIR);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/second-factor');
    await page.getByLabel('Code').fill(await freshDemoCode(DEMO_SECOND_FACTOR_KEY));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page
      .getByRole('button', { name: 'Sign out' })
      .or(page.getByRole('link', { name: 'Sign out' }))
      .waitFor();
    // The chair's home page is the threat picture. A person's own changes are read from the primary for the lag
    // allowed (5 s, and 1 more); read again after that, the page comes from the replica whatever the sign-in wrote.
    await page.getByRole('heading', { name: 'Threat picture', level: 1 }).waitFor();
    await new Promise((r) => setTimeout(r, 6_500));
    const before = await replicaStatements();
    await page.reload();
    await page.getByRole('heading', { name: 'Threat picture', level: 1 }).waitFor();
    assert.ok(await page.getByText('OFFICIAL-SENSITIVE').first().isVisible());
    const after = await until('the replica to be read', async () => ((await replicaStatements()) > before ? replicaStatements() : null), 10_000);
    report.replicaStatementsForThreatPicture = after - before;
  } finally {
    await browser.close();
  }
});

test('a subscription on one API process receives an update made through the other', async () => {
  const [a, b] = t.apis;
  const session = await signInDemo(`${a.url}/graphql`, COORDINATOR);
  const owner = new pg.Client({ connectionString: t.db.ownerUrl });
  await owner.connect();
  const [task] = (await owner.query(`SELECT id, panel_id FROM task ORDER BY created_at LIMIT 1`)).rows;
  await owner.end();
  class CookieSocket extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers: { cookie: session, origin: a.url } });
    }
  }
  const client = createClient({ url: `${a.url.replace('http', 'ws')}/graphql`, webSocketImpl: CookieSocket, retryAttempts: 0 });
  const events = [];
  const subscribed = new Promise((resolve, reject) => {
    client.on('connected', resolve);
    client.subscribe(
      { query: 'subscription($p: ID!) { taskChanged(panelId: $p) { id } }', variables: { p: task.panel_id } },
      {
        next: (v) => events.push(v),
        error: reject,
        complete: () => undefined,
      },
    );
  });
  await subscribed;
  await new Promise((r) => setTimeout(r, 500));
  const res = await fetch(`${b.url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: session },
    body: JSON.stringify({
      query: 'mutation($i: AddTaskUpdateInput!) { addTaskUpdate(input: $i) { id } }',
      variables: { i: { taskId: task.id, text: 'Checked with the partner agency.' } },
    }),
  });
  assert.equal((await res.json()).errors, undefined);
  await until('the event on the other process', () => events.some((e) => e.data?.taskChanged?.id === task.id), 10_000);
  await client.dispose();
});

test('the scheduled reminder scan runs once a slot across both processes', async () => {
  const owner = new pg.Client({ connectionString: t.db.ownerUrl });
  await owner.connect();
  try {
    const schedules = (await owner.query(`SELECT name, count(*)::int AS n FROM pgboss.schedule GROUP BY name`)).rows;
    assert.ok(schedules.length >= 5 && schedules.every((s) => s.n === 1), JSON.stringify(schedules));
    // Every minute here (REMINDER_SCAN_CRON), on both processes' clocks: wait for a slot to be worked.
    const slots = await until(
      'a reminder scan',
      async () => {
        const { rows } = await owner.query(
          `SELECT date_trunc('minute', created_on) AS slot, count(*)::int AS jobs, count(*) FILTER (WHERE state = 'completed')::int AS done
             FROM pgboss.job WHERE name = 'task-reminder-scan' GROUP BY 1 ORDER BY 1`,
        );
        return rows.some((r) => r.done > 0) ? rows : null;
      },
      90_000,
    );
    assert.deepEqual(
      slots.map((s) => s.jobs),
      slots.map(() => 1),
      'one job a slot, whichever process sent it',
    );
    const sent = t.mail.mails.map((m) => `${m.to.join(',')} ${m.subject}`);
    assert.equal(new Set(sent).size, sent.length, 'no message sent twice');
    report.reminderSlots = slots.length;
  } finally {
    await owner.end();
  }
});

test('killing one API process under steady traffic fails only the requests it had in flight', async () => {
  const [a] = t.apis;
  const session = await signInDemo(`${t.apis[1].url}/graphql`, CHAIR);
  const agent = new https.Agent({ keepAlive: true, maxSockets: 8, rejectUnauthorized: false });
  const body = JSON.stringify({ query: 'query Viewer { viewer { id } }' });
  const outcomes = [];
  const ask = () =>
    new Promise((resolve) => {
      const req = https.request(
        `${t.proxyUrl}/graphql`,
        { method: 'POST', agent, headers: { 'Content-Type': 'application/json', Cookie: session } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode));
        },
      );
      req.on('error', () => resolve('error'));
      req.end(body);
    });
  const WORKERS = 6;
  let killedAt = 0;
  const end = Date.now() + 8_000;
  const workers = Array.from({ length: WORKERS }, async () => {
    while (Date.now() < end) {
      const started = Date.now();
      const status = await ask();
      outcomes.push({ started, status });
    }
  });
  await new Promise((r) => setTimeout(r, 3_000));
  killedAt = Date.now();
  a.process.child.kill('SIGKILL');
  await Promise.all(workers);
  agent.destroy();
  const failed = outcomes.filter((o) => o.status !== 200);
  report.killed = {
    requests: outcomes.length,
    failed: failed.length,
    inFlightAtMost: WORKERS,
    failedStartedMsAfterKill: failed.map((o) => o.started - killedAt),
  };
  assert.ok(outcomes.filter((o) => o.started > killedAt + 1_000 && o.status === 200).length > 0, 'traffic goes on through the other process');
  // In flight: sent before the process was gone (SIGKILL takes effect a moment after it is sent).
  assert.ok(
    failed.every((o) => o.started <= killedAt + 250),
    `only requests in flight at the kill failed: ${JSON.stringify(failed.map((o) => o.started - killedAt))} ms`,
  );
  assert.ok(failed.length <= WORKERS, `at most the ${WORKERS} requests in flight failed, not ${failed.length}`);
  await a.start();
});

test('the replica follows the primary closely', async () => {
  const primary = new pg.Client({ connectionString: t.db.primary.url('postgres', '', 'sentinel') });
  const replica = new pg.Client({ connectionString: t.db.replica.url('postgres', '', 'sentinel') });
  await Promise.all([primary.connect(), replica.connect()]);
  try {
    await primary.query('CREATE TABLE IF NOT EXISTS topology_probe (n int PRIMARY KEY)');
    const lags = [];
    for (let n = 1; n <= 20; n++) {
      await primary.query('INSERT INTO topology_probe VALUES ($1)', [n]);
      const started = process.hrtime.bigint();
      await until('the row on the replica', async () => (await replica.query('SELECT 1 FROM topology_probe WHERE n = $1', [n])).rowCount > 0, 10_000);
      lags.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    lags.sort((x, y) => x - y);
    report.replicationLagMs = { median: Math.round(lags[10] * 10) / 10, worst: Math.round(lags[19] * 10) / 10, samples: 20 };
    report.replicaLagMetricSeconds = await metric('sentinel_db_replica_lag_seconds');
    assert.ok(lags[19] < 5_000, `a write reached the replica within the lag allowed (${lags[19]} ms)`);
  } finally {
    await Promise.all([primary.end(), replica.end()]);
  }
});

test('an API process reports not ready, naming the database, when the database stops', async () => {
  const b = t.apis[1];
  await until('ready', async () => (await fetch(`${b.url}/health/ready`)).ok);
  t.db.primary.stop('immediate');
  const answer = await until('not ready', async () => {
    const res = await fetch(`${b.url}/health/ready`);
    return res.status === 503 ? res.json() : null;
  });
  assert.equal(answer.status, 'not ready');
  assert.equal(answer.checks.database.status, 'down');
  assert.ok(answer.checks.database.reason);
  assert.equal((await fetch(`${b.url}/health/live`)).status, 200);
  const proxied = await insecureFetch(`${t.proxyUrl}/health/ready`);
  assert.equal(proxied.status, 503);
  report.notReady = answer.checks.database;
});
