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
 * jobs' schema by the owner, then a login role for the API in the app role. The login role is named after the
 * database, so runs sharing one server (DATABASE_URL) each have their own (test-database.mjs drops it).
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
    await ds.runMigrations({ transaction: 'each' });
    await prepareJobsSchema(url);
    const [{ name }]: { name: string }[] = await ds.query(`SELECT current_database() || '_app' AS name`);
    login = name;
    await ds.query(`DO $$ BEGIN
        CREATE ROLE ${pg.escapeIdentifier(login)} LOGIN PASSWORD '${APP_LOGIN_PASSWORD}' IN ROLE sentinel_app;
      EXCEPTION WHEN duplicate_object THEN NULL;
      END $$`);
    await ds.query('SELECT pg_advisory_unlock(727274)');
  } finally {
    await ds.destroy();
  }
  const app = new URL(url);
  app.username = login;
  app.password = APP_LOGIN_PASSWORD;
  return { owner: url, app: app.toString() };
}
