import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from '../../bin/embedded-postgres.mjs';

/**
 * A fresh, empty database for one test run: a new database on the server named by DATABASE_URL when it is
 * set, otherwise a throwaway embedded PostgreSQL on a free port. The url is the owner's (a superuser here).
 */
export async function createTestDatabase() {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `sentinel_test_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      stop: async () => {
        const c = new pg.Client({ connectionString: serverUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        // The API's login role of this run (migrated.ts), which belongs to the server, not the database.
        await c.query(`DROP ROLE IF EXISTS "${name}_app"`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-pg-'));
  const db = await startEmbeddedPostgres(path.join(dir, 'data'), await freePort(), 'sentinel_test');
  return {
    url: db.url,
    stop: async () => {
      await db.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
