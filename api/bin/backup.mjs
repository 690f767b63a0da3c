// `npm run backup [-- FOLDER]`: a consistent backup of Sentinel's database, taken while it serves, into FOLDER
// or .data/backups/<timestamp>. The embedded PostgreSQL (and a server on this machine with no matching pg_dump)
// is copied with PostgreSQL's low-level base backup: its files and the write-ahead log that makes them
// consistent. A server named by DATABASE_URL with pg_dump of its major version installed is dumped by pg_dump.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { backupTarget, matchingTool, runningServer, timestamp } from './backup-target.mjs';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

// Never copied: they describe the running server, not the data ("Backing Up the Data Directory" in the
// PostgreSQL manual). The folders are kept, empty.
const EMPTIED = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);
const SKIPPED = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'tablespace_map',
  'recovery.signal',
  'standby.signal',
  'pg_internal.init',
]);

export async function backup(folder, env = process.env) {
  const target = backupTarget(env);
  const dest = path.resolve(folder ?? path.join(target.dataRoot, 'backups', timestamp()));
  if (fs.existsSync(dest) && fs.readdirSync(dest).length) throw new Error(`${dest} is not empty: name a new folder for the backup.`);
  fs.mkdirSync(dest, { recursive: true, mode: 0o700 });
  fs.chmodSync(dest, 0o700);

  let temporary = null;
  if (target.kind === 'embedded' && !runningServer(target.dataDir)) {
    if (!fs.existsSync(path.join(target.dataDir, 'PG_VERSION'))) throw new Error(`There is no database in ${target.dataDir} to back up.`);
    temporary = await startEmbeddedPostgres(target.dataDir, target.port);
  }
  const client = new pg.Client({ connectionString: target.url });
  try {
    await client.connect();
    const major = Math.floor(Number((await client.query('SHOW server_version_num')).rows[0].server_version_num) / 10000);
    const pgDump = target.kind === 'server' ? matchingTool('pg_dump', major) : null;
    const manifest = pgDump ? await dump(client, pgDump, target.url, dest, major) : await baseBackup(client, dest, major);
    fs.writeFileSync(path.join(dest, 'manifest.json'), JSON.stringify({ takenAt: new Date().toISOString(), ...manifest }, null, 2) + '\n');
    return { ...manifest, folder: dest };
  } finally {
    await client.end().catch(() => undefined);
    await temporary?.stop();
  }
}

async function dump(client, pgDump, url, dest, major) {
  const database = (await client.query('SELECT current_database() AS d')).rows[0].d;
  const r = spawnSync(pgDump, ['--format=custom', '--file', path.join(dest, 'sentinel.dump'), '--dbname', url], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`pg_dump failed (exit code ${r.status}); see above.`);
  return { kind: 'pg_dump', serverMajor: major, database, file: 'sentinel.dump' };
}

async function baseBackup(client, dest, major) {
  if (major < 15) throw new Error(`PostgreSQL ${major} is older than Sentinel supports (15): upgrade the server.`);
  const dataDir = (await client.query('SHOW data_directory')).rows[0].data_directory;
  try {
    fs.accessSync(path.join(dataDir, 'PG_VERSION'), fs.constants.R_OK);
  } catch {
    throw new Error(
      `The server's data folder (${dataDir}) cannot be read from here, and no pg_dump ${major} is installed: ` +
        `install PostgreSQL ${major}'s client tools (e.g. apt-get install postgresql-client-${major}) and run the backup again.`,
    );
  }
  if (fs.readdirSync(path.join(dataDir, 'pg_tblspc')).length)
    throw new Error('The server has tablespaces, which this backup does not copy: use pg_basebackup.');
  // A temporary replication slot holds the write-ahead log from here on until this session ends, so that no
  // checkpoint removes a segment the backup needs before it is copied.
  await client.query(`SELECT pg_create_physical_replication_slot($1, true, true)`, [`sentinel_backup_${process.pid}`]);
  await client.query(`SELECT pg_backup_start($1, fast => true)`, [`sentinel ${path.basename(dest)}`]);
  const data = path.join(dest, 'data');
  let stop;
  try {
    copyTree(dataDir, data, true);
  } finally {
    // Ends the backup even when the copy failed, so that the server is not left in backup mode.
    stop = (
      await client.query(`SELECT lsn::text, labelfile, spcmapfile, pg_walfile_name(lsn) AS stop_file FROM pg_backup_stop(wait_for_archive => false)`)
    ).rows[0];
  }
  fs.writeFileSync(path.join(data, 'backup_label'), stop.labelfile, { mode: 0o600 });
  if (stop.spcmapfile) fs.writeFileSync(path.join(data, 'tablespace_map'), stop.spcmapfile, { mode: 0o600 });
  // The log from the segment the backup started in to the one it ended in: replaying it makes the copied files,
  // which changed while they were copied, consistent.
  const startFile = /START WAL LOCATION: \S+ \(file ([0-9A-F]{24})\)/.exec(stop.labelfile)[1];
  const walFiles = fs
    .readdirSync(path.join(dataDir, 'pg_wal'))
    .filter((f) => (/^[0-9A-F]{24}$/.test(f) && f >= startFile && f <= stop.stop_file) || /^[0-9A-F]{8}\.history$/.test(f))
    .sort();
  for (const f of walFiles) fs.copyFileSync(path.join(dataDir, 'pg_wal', f), path.join(data, 'pg_wal', f));
  const missing = [];
  for (let f = startFile; f <= stop.stop_file; f = nextSegment(f)) if (!walFiles.includes(f)) missing.push(f);
  if (missing.length) throw new Error(`The write-ahead log segments ${missing.join(', ')} were gone before they were copied; run the backup again.`);
  const startLsn = /START WAL LOCATION: (\S+)/.exec(stop.labelfile)[1];
  return { kind: 'base_backup', serverMajor: major, startLsn, stopLsn: stop.lsn, walFiles, data: 'data' };
}

// With the default 16 MB segments, a log file's last 8 hex digits count 0..FF within each "log" (the middle 8).
function nextSegment(file) {
  const tli = file.slice(0, 8);
  let log = parseInt(file.slice(8, 16), 16);
  let seg = parseInt(file.slice(16), 16) + 1;
  if (seg > 0xff) {
    seg = 0;
    log += 1;
  }
  const hex = (n) => n.toString(16).toUpperCase().padStart(8, '0');
  return tli + hex(log) + hex(seg);
}

/** Copies a live data folder: files removed while it runs are skipped, as the manual allows. */
function copyTree(from, to, top) {
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const name = entry.name;
    if (SKIPPED.has(name) || name.startsWith('pgsql_tmp')) continue;
    const src = path.join(from, name);
    const dst = path.join(to, name);
    try {
      if (top && EMPTIED.has(name)) {
        fs.mkdirSync(dst, { mode: 0o700 });
        if (name === 'pg_wal') for (const sub of ['archive_status', 'summaries']) fs.mkdirSync(path.join(dst, sub), { mode: 0o700 });
      } else if (entry.isDirectory()) copyTree(src, dst, false);
      else if (entry.isFile()) fs.copyFileSync(src, dst);
    } catch (e) {
      if (e.code !== 'ENOENT') throw e;
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const result = await backup(process.argv[2]);
    const how =
      result.kind === 'pg_dump'
        ? `pg_dump ${result.serverMajor} of ${result.database}`
        : `base backup of PostgreSQL ${result.serverMajor}, log ${result.startLsn} to ${result.stopLsn}`;
    console.log(`Backed up to ${result.folder} (${how}).\nRestore with: npm run restore -- ${result.folder}`);
  } catch (e) {
    console.error(`Backup failed: ${e.message}`);
    process.exit(1);
  }
}
