// The servers of the production topology, each a real process on loopback: a PostgreSQL 15 primary and its
// streaming replica (Debian's packages: the embedded build has no pg_basebackup), Redis, an SMTP catcher, nginx.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../../api/bin/embedded-postgres.mjs';

export { freePort };

export const PG_BIN = process.env.PG15_BIN ?? '/usr/lib/postgresql/15/bin';

/** What the topology needs of the machine, and how to get it (bash .ci/run installs it). */
export function missingTools() {
  const missing = [];
  if (!fs.existsSync(path.join(PG_BIN, 'pg_basebackup'))) missing.push('PostgreSQL 15 (apt-get install -y postgresql-15)');
  if (spawnSync('nginx', ['-v']).error) missing.push('nginx (apt-get install -y nginx)');
  if (spawnSync('redis-server', ['--version']).error) missing.push('Redis (apt-get install -y redis-server)');
  if (spawnSync('openssl', ['version']).error) missing.push('openssl (apt-get install -y openssl)');
  return missing;
}

/** PostgreSQL refuses to run as root: its folders belong to, and it runs as, the `postgres` user. */
function postgresUser() {
  if (process.getuid?.() !== 0) return {};
  return { uid: Number(execFileSync('id', ['-u', 'postgres']).toString()), gid: Number(execFileSync('id', ['-g', 'postgres']).toString()) };
}

function asPostgres(bin, args, opts = {}) {
  const r = spawnSync(path.join(PG_BIN, bin), args, { ...postgresUser(), encoding: 'utf8', ...opts });
  if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  return r.stdout;
}

function serverArgs(port, socketDir) {
  return [
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=${socketDir}`,
    '-c',
    'wal_level=replica',
    '-c',
    'max_wal_senders=5',
    '-c',
    'hot_standby=on',
    '-c',
    'max_connections=60',
    '-c',
    'fsync=off',
  ];
}

/** A PostgreSQL server in a folder: started by pg_ctl, stopped with `stop(mode)`. */
function cluster(dir, port, log) {
  const start = () => asPostgres('pg_ctl', ['-D', dir, '-l', log, '-w', '-t', '60', '-o', serverArgs(port, path.dirname(dir)).join(' '), 'start']);
  const stop = (mode = 'fast') => {
    if (fs.existsSync(path.join(dir, 'postmaster.pid'))) asPostgres('pg_ctl', ['-D', dir, '-m', mode, '-w', 'stop']);
  };
  return {
    dir,
    port,
    start,
    stop,
    url: (user = 'postgres', password = '', db = 'postgres') => `postgres://${user}${password ? `:${password}` : ''}@127.0.0.1:${port}/${db}`,
  };
}

/**
 * The primary, set up as the README's "Database roles" says (an owner, the app role, a login in it), and a replica
 * cloned from it by pg_basebackup, streaming. Passwords are the topology's own, made up each run.
 */
export async function startDatabases(root, passwords) {
  const pgRoot = path.join(root, 'pg');
  fs.mkdirSync(pgRoot, { recursive: true, mode: 0o700 });
  const { uid, gid } = postgresUser();
  if (uid !== undefined) fs.chownSync(pgRoot, uid, gid);
  const primary = cluster(path.join(pgRoot, 'primary'), await freePort(), path.join(pgRoot, 'primary.log'));
  asPostgres('initdb', ['-D', primary.dir, '-U', 'postgres', '--auth=trust', '--no-sync']);
  primary.start();
  const admin = new pg.Client({ connectionString: primary.url() });
  await admin.connect();
  await admin.query(`CREATE ROLE sentinel_owner LOGIN PASSWORD '${passwords.owner}'`);
  await admin.query('CREATE DATABASE sentinel OWNER sentinel_owner');
  await admin.query(`DO $$ BEGIN CREATE ROLE sentinel_app NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
  await admin.query(`CREATE ROLE sentinel_web LOGIN PASSWORD '${passwords.app}' IN ROLE sentinel_app`);
  await admin.end();
  const replica = cluster(path.join(pgRoot, 'replica'), await freePort(), path.join(pgRoot, 'replica.log'));
  asPostgres('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    replica.dir,
    '-R',
    '-X',
    'stream',
    '-c',
    'fast',
  ]);
  replica.start();
  return {
    primary,
    replica,
    ownerUrl: primary.url('sentinel_owner', passwords.owner, 'sentinel'),
    appUrl: primary.url('sentinel_web', passwords.app, 'sentinel'),
    readUrl: replica.url('sentinel_web', passwords.app, 'sentinel'),
    stop: () => {
      for (const c of [replica, primary]) {
        try {
          c.stop('immediate');
        } catch {
          /* already stopped */
        }
      }
    },
  };
}

/** A child process whose output is kept in a file, stopped with `stop()` (SIGTERM, then SIGKILL). */
export function daemon(command, args, { log, env, cwd } = {}) {
  const out = fs.openSync(log, 'a');
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const late = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(late);
    },
  };
}

export async function startRedis(root) {
  const port = await freePort();
  const redis = daemon('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    log: path.join(root, 'redis.log'),
  });
  await until(
    'Redis',
    () =>
      new Promise((r) =>
        net
          .connect(port, '127.0.0.1')
          .on('connect', function () {
            this.end();
            r(true);
          })
          .on('error', () => r(false)),
      ),
  );
  return { ...redis, url: `redis://127.0.0.1:${port}` };
}

/** A self-signed certificate for localhost, made for the run. */
export function selfSignedCertificate(dir) {
  fs.mkdirSync(dir, { recursive: true });
  const crt = path.join(dir, 'sentinel.crt');
  const key = path.join(dir, 'sentinel.key');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      crt,
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { crt, key };
}

export async function until(what, check, ms = 60_000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
