// `npm run dev`: the API recompiled and restarted on every change (tsc --watch + node --watch) and the web app
// with hot reload on the Vite dev server, over the same database `npm start` uses.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build, ensureInstall, ROOT } from './ensure-install.mjs';

ensureInstall();
build();
const { startEmbeddedPostgres } = await import('./embedded-postgres.mjs');
let database = null;
let databaseUrl = process.env.DATABASE_URL;
const dataRoot = path.resolve(ROOT, process.env.SENTINEL_DATA_DIR ?? '.data');
if (!databaseUrl) {
  database = await startEmbeddedPostgres(path.join(dataRoot, 'pg'), Number(process.env.EMBEDDED_PG_PORT ?? 54329));
  databaseUrl = database.url;
}
const { prepareDatabase } = await import(path.join(ROOT, 'api/dist/cli/prepare-database.js'));
await prepareDatabase(databaseUrl, { demo: true });
const { appLoginUrl } = await import(path.join(ROOT, 'api/dist/cli/app-role.js'));
const appDatabaseUrl = (!database && process.env.APP_DATABASE_URL) || (await appLoginUrl(databaseUrl, path.join(dataRoot, 'app-role-password')));

// As `npm start`: the API connects as the app role only.
const env = { ...process.env, APP_DATABASE_URL: appDatabaseUrl, PORT: process.env.PORT ?? '3000' };
delete env.DATABASE_URL;
env.API_URL ??= `http://localhost:${env.PORT}`;
const bin = (name) => path.join(ROOT, 'node_modules/.bin', name);
const children = [
  spawn(bin('tsc'), ['-p', 'api/tsconfig.build.json', '--watch', '--preserveWatchOutput'], { cwd: ROOT, stdio: 'inherit', env }),
  spawn(process.execPath, ['--watch-path=api/dist', 'api/dist/main.js'], { cwd: ROOT, stdio: 'inherit', env }),
  spawn(bin('vite'), [], { cwd: path.join(ROOT, 'web'), stdio: 'inherit', env }),
];

async function stop() {
  for (const c of children) c.kill('SIGTERM');
  if (database) await database.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
console.log('\nDevelopment: web with hot reload on http://localhost:5173, API on http://localhost:' + env.PORT);
