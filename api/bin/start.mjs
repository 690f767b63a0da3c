// `npm start`: install what is missing, build, start PostgreSQL (embedded unless DATABASE_URL is set),
// migrate, load the demo panel once, and serve the web app, GraphQL and /health on one port.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build, ensureInstall, ROOT } from './ensure-install.mjs';

const started = Date.now();
ensureInstall();
build();

const { startEmbeddedPostgres } = await import('./embedded-postgres.mjs');
const port = Number(process.env.PORT ?? 3000);
let database = null;
let databaseUrl = process.env.DATABASE_URL;
const dataRoot = path.resolve(ROOT, process.env.SENTINEL_DATA_DIR ?? '.data');
if (!databaseUrl) {
  database = await startEmbeddedPostgres(path.join(dataRoot, 'pg'), Number(process.env.EMBEDDED_PG_PORT ?? 54329));
  databaseUrl = database.url;
}

let api = null;
let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  if (api && api.exitCode === null) {
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
  }
  if (database) await database.stop();
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// The owner (DATABASE_URL) migrates; the API connects as the app role, held to row-level security. On the
// embedded database the app role's login is always ours.
let appDatabaseUrl = database ? undefined : process.env.APP_DATABASE_URL;
try {
  const { prepareDatabase } = await import(path.join(ROOT, 'api/dist/cli/prepare-database.js'));
  const production = process.env.NODE_ENV === 'production';
  const { demoLoaded } = await prepareDatabase(databaseUrl, { demo: !production });
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
delete apiEnv.DATABASE_URL;
api = spawn(process.execPath, [path.join(ROOT, 'api/dist/main.js')], { cwd: ROOT, stdio: 'inherit', env: apiEnv });
api.on('exit', (code) => {
  if (!stopping) {
    console.error(`The API stopped (exit code ${code}).`);
    stop(code ?? 1);
  }
});

for (let i = 0; i < 600 && !stopping; i++) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    if (res.ok) break;
  } catch {
    /* not listening yet */
  }
  await new Promise((r) => setTimeout(r, 100));
}
if (!stopping) {
  const { DEMO_PASSWORD, DEMO_SIGN_INS } = await import(path.join(ROOT, 'api/dist/demo/demo-data.js'));
  console.log(`\nSentinel is running at http://localhost:${port} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (process.env.NODE_ENV !== 'production') {
    console.log(`\nDemo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const { role, email } of DEMO_SIGN_INS) console.log(`  ${role.padEnd(15)} ${email}`);
  }
  console.log('\nPress Ctrl-C to stop.');
}
