// What every bench shares: the API compiled from the tree (so a bench measures the code as it is, never a stale
// build) and started as deployed, in its own Node process with production settings and no scheduled jobs.
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const dist = (p) => path.join(ROOT, 'api/dist', p);

export function compileApi() {
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  for (const project of ['shared/tsconfig.json', 'migrations/tsconfig.json', 'api/tsconfig.build.json']) {
    execFileSync(process.execPath, [tsc, '-p', path.join(ROOT, project)], { stdio: 'inherit' });
  }
}

/**
 * Starts `node api/dist/main.js` on a free port, connected as the app role; resolves once it listens. `nodeArgs`
 * go to node (`--cpu-prof`, for a profile written when the API stops); `extraEnv` to its environment.
 */
export async function startApi(appDatabaseUrl, nodeArgs = [], extraEnv = {}) {
  const { freePort } = await import(path.join(ROOT, 'api/bin/embedded-postgres.mjs'));
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    APP_DATABASE_URL: appDatabaseUrl,
    JOBS: 'off',
    LOG_LEVEL: 'error',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  const { API_NODE_FLAGS } = await import(path.join(ROOT, 'api/bin/node-flags.mjs'));
  const child = spawn(process.execPath, [...API_NODE_FLAGS, ...nodeArgs, dist('main.js')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The API stopped (${code}) before it listened`)));
    child.stdout.on('data', (d) => (String(d).includes('listening') ? resolve() : undefined));
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    url: `${base}/graphql`,
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}
