import pg from 'pg';
import { assertAcceptablePassword, hashPassword } from '../core/auth/passwords.js';
import { prepareDatabase } from './prepare-database.js';

export interface NewAdmin {
  email: string;
  name: string;
  password: string;
  panel?: { code: string; name: string; forceName: string };
}

/**
 * The first system administrator of a deployment (and optionally its first panel), in one transaction with
 * its audit rows. Brings the schema up to date first, without demo data.
 */
export async function createAdmin(databaseUrl: string, admin: NewAdmin): Promise<void> {
  assertAcceptablePassword(admin.password, 'password');
  await prepareDatabase(databaseUrl, { demo: false });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query(`INSERT INTO app_user (email, name, password_hash, is_admin) VALUES (lower($1), $2, $3, true) RETURNING id`, [
      admin.email.trim(),
      admin.name.trim(),
      await hashPassword(admin.password),
    ]);
    await client.query(`INSERT INTO audit_event (entity_type, entity_id, action, changes) VALUES ('User', $1, 'CREATE', $2)`, [
      rows[0].id,
      JSON.stringify({ isAdmin: [null, true], via: [null, 'create-admin command'] }),
    ]);
    if (admin.panel) {
      const panel = await client.query(`INSERT INTO panel (code, name, force_name) VALUES ($1, $2, $3) RETURNING id`, [
        admin.panel.code,
        admin.panel.name,
        admin.panel.forceName,
      ]);
      const id: string = panel.rows[0].id;
      await client.query(`INSERT INTO audit_event (panel_id, entity_type, entity_id, action) VALUES ($1, 'Panel', $2, 'CREATE')`, [id, id]);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  } finally {
    await client.end();
  }
}
