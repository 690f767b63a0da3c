// `npm run seed -- --scale force|national`: generated records at scale in the database `npm start` uses (DATABASE_URL,
// or the embedded one under .data, started here if `npm start` is not running). `force`: the force scale added to
// the demo panel. `national`: 43 panels of the force scale, the demo's two among them, with the regional units and
// the national unit over them. Run `npm start` once first; running again adds nothing already there.
import path from 'node:path';
import { ROOT } from './api-process.mjs';
import { FORCE_SCALE, seedForceScale } from './force-scale.mjs';
import { NATIONAL_PANELS, seedNationalScale } from './national-scale.mjs';

const args = process.argv.slice(2);
const scale = args[args.indexOf('--scale') + 1];
if (!args.includes('--scale') || !['force', 'national'].includes(scale)) {
  console.error('Usage: npm run seed -- --scale force|national');
  process.exit(2);
}

const { default: pg } = await import('pg');
let url = process.env.DATABASE_URL;
let embedded = null;
if (!url) {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  url = `postgres://postgres:postgres@127.0.0.1:${port}/sentinel`;
  const probe = new pg.Client({ connectionString: url });
  try {
    await probe.connect();
    await probe.end();
  } catch {
    // `npm start` is not running: start its database here, on its own folder.
    const { startEmbeddedPostgres } = await import(path.join(ROOT, 'api/bin/embedded-postgres.mjs'));
    embedded = await startEmbeddedPostgres(path.join(path.resolve(ROOT, process.env.SENTINEL_DATA_DIR ?? '.data'), 'pg'), port);
    url = embedded.url;
  }
}

const connect = async () => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  return c;
};

/** A bar on standard error, redrawn in place on a terminal, one line per step otherwise. */
function progress(done, total, label) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${label}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
  else console.error(line);
}

const started = Date.now();
try {
  if (scale === 'force') {
    const c = await connect();
    try {
      const { rows } = await c.query(`SELECT id FROM panel WHERE code = 'NMR'`);
      if (!rows.length) throw new Error('The demo panel is not there: run `npm start` once first');
      const seeded = await c.query(`SELECT 1 FROM ocg WHERE panel_id = $1 AND reference = 'G-00001'`, [rows[0].id]);
      if (!seeded.rows.length) await seedForceScale(c, rows[0].id);
      progress(1, 1, 'panel');
    } finally {
      await c.end();
    }
  } else {
    console.error(
      `Seeding ${NATIONAL_PANELS} panels, each with ${FORCE_SCALE.activeOcgs + FORCE_SCALE.archivedOcgs} groups, ${FORCE_SCALE.nominals} nominals, ${FORCE_SCALE.tasks} tasks...`,
    );
    await seedNationalScale(connect, progress);
  }
  console.error(`Done in ${Math.round((Date.now() - started) / 1000)} s.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await embedded?.stop();
}
