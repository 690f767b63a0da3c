import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/core/database/data-source-options.js';
import { prepareJobsSchema } from '../../src/core/jobs/jobs-schema.js';

export interface TestDatabaseUrls {
  /** The owner of the tables, as migrations and fixtures connect. */
  owner: string;
  /** A login role in sentinel_app, as the API connects: held to row-level security. */
  app: string;
}

const APP_LOGIN_PASSWORD = 'sentinel-test-app';
let prepared: Promise<TestDatabaseUrls> | null = null;

/**
 * Prepares the run's database once, whichever test file gets here first, as `npm start` does: migrations and the
 * jobs' schema by the owner, then a login role for the API in the app role; later files find that role and skip
 * the rest (about 0.3 s each). The login role is named after the database, so runs sharing one server
 * (DATABASE_URL) each have their own (test-database.mjs drops it).
 */
export function testDatabaseUrls(): Promise<TestDatabaseUrls> {
  prepared ??= prepare();
  return prepared;
}

/** The owner's connection to the migrated database. */
export async function migrateTestDatabase(): Promise<string> {
  return (await testDatabaseUrls()).owner;
}

async function prepare(): Promise<TestDatabaseUrls> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the API tests through jest.config.mjs');
  const ds = new DataSource(dataSourceOptions(url, { extra: { max: 1 } }));
  await ds.initialize();
  let login: string;
  try {
    await ds.query('SELECT pg_advisory_lock(727274)');
    const [{ name, ready }]: { name: string; ready: boolean }[] = await ds.query(
      `SELECT current_database() || '_app' AS name, EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_database() || '_app') AS ready`,
    );
    login = name;
    // The login role is made last: a file that finds it finds the database prepared by an earlier file of the run.
    if (!ready) {
      await ds.runMigrations({ transaction: 'each' });
      await prepareJobsSchema(url);
      await ds.query(`CREATE ROLE ${pg.escapeIdentifier(login)} LOGIN PASSWORD '${APP_LOGIN_PASSWORD}' IN ROLE sentinel_app`);
    }
    await ds.query('SELECT pg_advisory_unlock(727274)');
  } finally {
    await ds.destroy();
  }
  const app = new URL(url);
  app.username = login;
  app.password = APP_LOGIN_PASSWORD;
  return { owner: url, app: app.toString() };
}
