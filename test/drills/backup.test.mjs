// Backup drill: `npm run backup` taken while writes continue, `npm run restore` into a fresh data folder on
// another port, and the restored database compared with the one backed up: every table nobody was writing has
// the same rows (counted and checksummed), every write acknowledged before the backup began is there, no row
// appears that was never written, and the audit trail's hash chains verify. With DATABASE_URL set, the same for
// a pg_dump backup of that server (when its pg_dump is installed).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import pg from 'pg';
import { matchingTool } from '../../api/bin/backup-target.mjs';
import { freePort, serverProcesses, startEmbeddedPostgres } from '../../api/bin/embedded-postgres.mjs';
import { ROOT, sleep } from './stack.mjs';

const { prepareDatabase } = await import(path.join(ROOT, 'api/dist/cli/prepare-database.js'));
const { verifyAuditChains } = await import(path.join(ROOT, 'api/dist/core/audit/audit-chain.js'));

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-drill-backup-'));
const servers = [];
after(async () => {
  for (const s of servers) await s.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

/** Each table of the public schema: its row count and the md5 of its rows' text in primary-key order. */
async function tableSums(client, except) {
  const { rows: tables } = await client.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> ALL($1) ORDER BY 1`,
    [except],
  );
  const sums = {};
  for (const { name } of tables) {
    const t = client.escapeIdentifier(name);
    const { rows } = await client.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS sum FROM ${t} r`,
    );
    sums[name] = `${rows[0].n}:${rows[0].sum}`;
  }
  return sums;
}

/**
 * Writes until stopped, one transaction at a time: a row and its audit row (which extends the audit trail's hash
 * chain), keeping the ids the server acknowledged.
 */
function startWriter(url) {
  const client = new pg.Client({ connectionString: url });
  const acknowledged = [];
  let running = true;
  const done = (async () => {
    await client.connect();
    while (running) {
      await client.query('BEGIN');
      const { rows } = await client.query(`INSERT INTO drill_write (payload) VALUES (repeat(md5(random()::text), 20)) RETURNING id`);
      await client.query(`INSERT INTO audit_event (entity_type, entity_id, action) VALUES ('DrillWrite', $1, 'CREATE')`, [rows[0].id]);
      await client.query('COMMIT');
      acknowledged.push(Number(rows[0].id));
    }
    await client.end();
  })();
  return { acknowledged, stop: async () => ((running = false), await done) };
}

/** Runs `npm run backup` or `restore`'s script as its own process, without blocking the writer in this one. */
async function run(script, args, env) {
  const child = spawn(process.execPath, [path.join(ROOT, 'api/bin', script), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const status = await new Promise((resolve) => child.once('exit', resolve));
  return { status, stdout, stderr };
}

async function succeeds(script, args, env) {
  const r = await run(script, args, env);
  assert.equal(r.status, 0, `${script} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

async function compare(sourceUrl, restoredUrl, ackedBeforeBackup) {
  const source = new pg.Client({ connectionString: sourceUrl });
  const restored = new pg.Client({ connectionString: restoredUrl });
  await source.connect();
  await restored.connect();
  try {
    const written = ['drill_write', 'audit_event', 'audit_chain_head'];
    const expected = await tableSums(source, written);
    const actual = await tableSums(restored, written);
    assert.ok(Object.keys(expected).length > 20, 'the schema was migrated');
    assert.deepEqual(actual, expected, 'every table nobody wrote during the backup is the same, row for row');
    const restoredIds = (await restored.query(`SELECT id, md5(payload) AS sum FROM drill_write ORDER BY id`)).rows;
    const have = new Set(restoredIds.map((r) => Number(r.id)));
    const missing = ackedBeforeBackup.filter((id) => !have.has(id));
    console.log(
      `writes acknowledged before the backup: ${ackedBeforeBackup.length}; rows restored: ${restoredIds.length}; missing: ${missing.length}`,
    );
    assert.deepEqual(missing, [], 'every write acknowledged before the backup began is restored');
    const audited = new Set(
      (await restored.query(`SELECT entity_id FROM audit_event WHERE entity_type = 'DrillWrite'`)).rows.map((r) => Number(r.entity_id)),
    );
    assert.deepEqual(
      [...have].filter((id) => !audited.has(id)),
      [],
      'every restored write has its audit row',
    );
    const sourceRows = new Map((await source.query(`SELECT id, md5(payload) AS sum FROM drill_write`)).rows.map((r) => [Number(r.id), r.sum]));
    assert.deepEqual(
      restoredIds.filter((r) => sourceRows.get(Number(r.id)) !== r.sum),
      [],
      'every restored write is one that was made, unchanged',
    );
    const chains = await verifyAuditChains(restored);
    assert.equal(chains.ok, true, `the restored audit trail verifies: ${JSON.stringify(chains.firstBreak)}`);
    assert.ok(chains.rows > 0, 'the audit trail has rows to verify');
  } finally {
    await source.end();
    await restored.end();
  }
}

async function seed(url) {
  await prepareDatabase(url, { demo: true });
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`CREATE TABLE drill_write (id bigserial PRIMARY KEY, payload text NOT NULL)`);
  await c.end();
}

/** Writes through the backup: a steady writer, `backup` while it runs, then a little more writing. */
async function backUpUnderWrites(url, folder, env) {
  const writer = startWriter(url);
  while (writer.acknowledged.length < 200) await sleep(20);
  const ackedBeforeBackup = [...writer.acknowledged];
  const out = await succeeds('backup.mjs', [folder], env);
  const duringBackup = writer.acknowledged.length - ackedBeforeBackup.length;
  await writer.stop();
  console.log(out.trim(), `(${duringBackup} writes acknowledged while it ran)`);
  return ackedBeforeBackup;
}

test('a base backup of the embedded database, taken under writes, restores into a fresh cluster with every row', async () => {
  const sourceRoot = path.join(work, 'source');
  const sourcePort = await freePort();
  const source = await startEmbeddedPostgres(path.join(sourceRoot, 'pg'), sourcePort);
  servers.push(source);
  await seed(source.url);
  const folder = path.join(work, 'base-backup');
  const ackedBeforeBackup = await backUpUnderWrites(source.url, folder, {
    SENTINEL_DATA_DIR: sourceRoot,
    EMBEDDED_PG_PORT: String(sourcePort),
    DATABASE_URL: '',
  });
  assert.equal(JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8')).kind, 'base_backup');

  // A restore never overwrites a running server's folder.
  const refused = await run('restore.mjs', [folder], { SENTINEL_DATA_DIR: sourceRoot, EMBEDDED_PG_PORT: String(sourcePort), DATABASE_URL: '' });
  assert.notEqual(refused.status, 0);
  assert.match(refused.stderr, /PostgreSQL is running on .* stop Sentinel first/);

  const restoredRoot = path.join(work, 'restored');
  const restoredPort = await freePort();
  await succeeds('restore.mjs', [folder], { SENTINEL_DATA_DIR: restoredRoot, EMBEDDED_PG_PORT: String(restoredPort), DATABASE_URL: '' });
  assert.deepEqual(serverProcesses(path.join(restoredRoot, 'pg')), [], 'restore leaves no server running');
  const restored = await startEmbeddedPostgres(path.join(restoredRoot, 'pg'), restoredPort);
  servers.push(restored);
  await compare(source.url, restored.url, ackedBeforeBackup);
});

// pg_dump and pg_restore need a server of their own major version: the one named by DATABASE_URL, when set.
const serverUrl = process.env.DATABASE_URL;
if (serverUrl) {
  test('a pg_dump backup of the DATABASE_URL server, taken under writes, restores into a fresh database with every row', async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    const major = Math.floor(Number((await admin.query('SHOW server_version_num')).rows[0].server_version_num) / 10000);
    assert.ok(matchingTool('pg_dump', major), `pg_dump ${major} is installed for the server of DATABASE_URL`);
    const names = [`sentinel_drill_${process.pid}_a`, `sentinel_drill_${process.pid}_b`];
    const urls = names.map((name) => Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString());
    try {
      for (const name of names) await admin.query(`CREATE DATABASE ${name}`);
      await seed(urls[0]);
      const folder = path.join(work, 'dump');
      const ackedBeforeBackup = await backUpUnderWrites(urls[0], folder, { DATABASE_URL: urls[0] });
      assert.equal(JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8')).kind, 'pg_dump');
      await succeeds('restore.mjs', [folder], { DATABASE_URL: urls[1] });
      await compare(urls[0], urls[1], ackedBeforeBackup);
    } finally {
      for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
}
