// What `npm run backup` and `npm run restore` work on: the embedded PostgreSQL's data folder (as `npm start`
// keeps it), or the server named by DATABASE_URL; and the PostgreSQL client tools that match a server.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './ensure-install.mjs';
import { serverProcesses } from './embedded-postgres.mjs';

export function backupTarget(env = process.env) {
  const dataRoot = path.resolve(ROOT, env.SENTINEL_DATA_DIR ?? '.data');
  if (env.DATABASE_URL) return { kind: 'server', dataRoot, url: env.DATABASE_URL };
  const port = Number(env.EMBEDDED_PG_PORT ?? 54329);
  return { kind: 'embedded', dataRoot, dataDir: path.join(dataRoot, 'pg'), port, url: `postgres://postgres:postgres@127.0.0.1:${port}/sentinel` };
}

/** The pid of the server working on `dataDir`, or null when none is. */
export function runningServer(dataDir) {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (pid > 0) {
      process.kill(pid, 0);
      return pid;
    }
  } catch {
    /* no lock file, or its process has gone */
  }
  return serverProcesses(dataDir)[0] ?? null;
}

/** The major version of a PostgreSQL tool (`pg_dump (PostgreSQL) 15.14` gives 15), or null. */
function toolMajor(file) {
  const r = spawnSync(file, ['--version'], { encoding: 'utf8' });
  const m = r.status === 0 ? /\(PostgreSQL\)\s+(\d+)/.exec(r.stdout) : null;
  return m ? Number(m[1]) : null;
}

/**
 * `pg_dump` or `pg_restore` of the server's major version (Debian's versioned folders, then PATH), or null: an
 * older one cannot read a newer server's catalogue, and a dump is restored by the same tools that made it.
 */
export function matchingTool(name, major) {
  const candidates = [`/usr/lib/postgresql/${major}/bin/${name}`, `/usr/pgsql-${major}/bin/${name}`, name];
  for (const file of candidates) {
    if (file.includes('/') && !fs.existsSync(file)) continue;
    if (toolMajor(file) === major) return file;
  }
  return null;
}

export function timestamp(date = new Date()) {
  return date
    .toISOString()
    .replace(/[:.]/g, '-')
    .replace(/-\d{3}Z$/, 'Z');
}

/** As root the server runs as `postgres`, which must own its data folder. */
export function postgresOwner() {
  if (process.getuid?.() !== 0) return null;
  const id = (flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

export function chownTree(dir, owner) {
  if (!owner) return;
  fs.chownSync(dir, owner.uid, owner.gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(p, owner);
    else fs.lchownSync(p, owner.uid, owner.gid);
  }
}
