// `npm run restore -- FOLDER`: puts back a backup made by `npm run backup`. A base backup becomes the embedded
// PostgreSQL's data folder (the one there is kept beside it), and the server is started once to replay the
// write-ahead log and stopped again; a pg_dump backup is restored into the database named by DATABASE_URL.
// Either way Sentinel must be stopped first: nothing is overwritten under a running server or API.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { backupTarget, chownTree, matchingTool, postgresOwner, runningServer, timestamp } from './backup-target.mjs';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

const EMBEDDED_MAJOR = 18;

export async function restore(folder, env = process.env) {
  if (!folder) throw new Error('Name the backup folder: npm run restore -- .data/backups/<timestamp>');
  const source = path.resolve(folder);
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(source, 'manifest.json'), 'utf8'));
  } catch {
    throw new Error(`${source} holds no backup (no manifest.json): name a folder made by npm run backup.`);
  }
  const target = backupTarget(env);
  if (manifest.kind === 'pg_dump') return restoreDump(source, manifest, target);
  if (target.kind !== 'embedded') {
    throw new Error('This is a base backup (a copy of a data folder): unset DATABASE_URL to restore it as the embedded database.');
  }
  if (manifest.serverMajor !== EMBEDDED_MAJOR) {
    throw new Error(
      `This base backup is of PostgreSQL ${manifest.serverMajor}; the embedded server is ${EMBEDDED_MAJOR}. Copy ${path.join(source, manifest.data)} into a stopped PostgreSQL ${manifest.serverMajor}'s data folder and start it.`,
    );
  }
  return restoreBaseBackup(source, manifest, target);
}

async function restoreBaseBackup(source, manifest, target) {
  const pid = runningServer(target.dataDir);
  if (pid) {
    throw new Error(
      `PostgreSQL is running on ${target.dataDir} (process ${pid}): stop Sentinel first (Ctrl-C, or your service manager), then restore.`,
    );
  }
  let keptAs = null;
  if (fs.existsSync(target.dataDir)) {
    keptAs = `${target.dataDir}.before-restore-${timestamp()}`;
    fs.renameSync(target.dataDir, keptAs);
  }
  const copying = `${target.dataDir}.restoring`;
  fs.rmSync(copying, { recursive: true, force: true });
  try {
    fs.cpSync(path.join(source, manifest.data), copying, { recursive: true });
    fs.chmodSync(copying, 0o700);
    chownTree(copying, postgresOwner());
    fs.renameSync(copying, target.dataDir);
    // The first start replays the log from backup_label's checkpoint to the end of the backup, and is ready only
    // once the database is consistent; a backup that cannot be made whole fails here, not at the next npm start.
    const server = await startEmbeddedPostgres(target.dataDir, target.port);
    try {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
    } finally {
      await server.stop();
    }
  } catch (e) {
    fs.rmSync(copying, { recursive: true, force: true });
    if (keptAs) {
      fs.rmSync(target.dataDir, { recursive: true, force: true });
      fs.renameSync(keptAs, target.dataDir);
    }
    throw e;
  }
  return { kind: manifest.kind, dataDir: target.dataDir, keptAs };
}

async function restoreDump(source, manifest, target) {
  if (target.kind !== 'server') throw new Error('This is a pg_dump backup: set DATABASE_URL to the database to restore it into.');
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    if (rows[0].n > 0) {
      throw new Error(`${rows[0].n} other connection(s) are open to this database: stop Sentinel (every API process) first, then restore.`);
    }
  } finally {
    await client.end();
  }
  const pgRestore = matchingTool('pg_restore', manifest.serverMajor);
  if (!pgRestore) throw new Error(`pg_restore ${manifest.serverMajor} is not installed: install PostgreSQL's client tools of that version.`);
  // One transaction: the database is either the backup's or left as it was.
  const r = spawnSync(
    pgRestore,
    ['--clean', '--if-exists', '--single-transaction', '--exit-on-error', '--dbname', target.url, path.join(source, manifest.file)],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (r.status !== 0) throw new Error(`pg_restore failed (exit code ${r.status}); the database was left as it was. See above.`);
  return { kind: manifest.kind, database: manifest.database };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const result = await restore(process.argv[2]);
    if (result.kind === 'pg_dump') console.log(`Restored ${result.database} with pg_restore. Start Sentinel again with npm start.`);
    else {
      console.log(`Restored the database into ${result.dataDir}. Start Sentinel again with npm start.`);
      if (result.keptAs) console.log(`The data folder it replaced is kept in ${result.keptAs}; delete it once you are satisfied.`);
    }
  } catch (e) {
    console.error(`Restore failed: ${e.message}`);
    process.exit(1);
  }
}
