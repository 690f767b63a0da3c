import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../core/config/config.js';
import { assertAcceptablePassword, hashPassword } from '../core/auth/passwords.js';
import { prepareDatabase } from './prepare-database.js';

/**
 * Creates the first system administrator of a deployment (and, optionally, its first panel):
 *   DATABASE_URL=... npm run create-admin -- --email a@force.example --name "A Person" [--panel-code DUR --panel-name "..." --force-name "..."]
 * The password is read from ADMIN_PASSWORD or asked for on the terminal; it is never an argument.
 */
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    'panel-code': { type: 'string' },
    'panel-name': { type: 'string' },
    'force-name': { type: 'string' },
  },
});
if (!values.email || !values.name) {
  console.error('Usage: npm run create-admin -- --email EMAIL --name "FULL NAME" [--panel-code CODE --panel-name NAME --force-name NAME]');
  process.exit(2);
}
const config = loadConfig();
let password = process.env.ADMIN_PASSWORD;
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question('Password for the administrator (12 to 128 characters): ');
  rl.close();
}
try {
  assertAcceptablePassword(password, 'password');
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
await prepareDatabase(config.DATABASE_URL, { demo: false });
const client = new pg.Client({ connectionString: config.DATABASE_URL });
await client.connect();
try {
  await client.query('BEGIN');
  const { rows } = await client.query(
    `INSERT INTO app_user (email, name, password_hash, is_admin) VALUES (lower($1), $2, $3, true) RETURNING id`,
    [values.email, values.name, await hashPassword(password)],
  );
  await client.query(
    `INSERT INTO audit_event (entity_type, entity_id, action, changes) VALUES ('User', $1, 'CREATE', $2)`,
    [rows[0].id, JSON.stringify({ isAdmin: [null, true], via: [null, 'create-admin command'] })],
  );
  if (values['panel-code'] && values['panel-name']) {
    const panel = await client.query(`INSERT INTO panel (code, name, force_name) VALUES ($1, $2, $3) RETURNING id`, [
      values['panel-code'],
      values['panel-name'],
      values['force-name'] ?? values['panel-name'],
    ]);
    await client.query(`INSERT INTO audit_event (panel_id, entity_type, entity_id, action) VALUES ($1, 'Panel', $1, 'CREATE')`, [
      panel.rows[0].id,
    ]);
  }
  await client.query('COMMIT');
  console.log(`Administrator ${values.email} created.`);
} catch (e) {
  await client.query('ROLLBACK');
  console.error(`Could not create the administrator: ${(e as { code?: string }).code === '23505' ? 'that email or panel code is taken' : (e as Error).message}`);
  process.exitCode = 1;
} finally {
  await client.end();
}
