import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/core/database/data-source-options.js';

/** Migrates the run's database once, whichever test file gets here first. */
export async function migrateTestDatabase(): Promise<string> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the API tests through jest.config.mjs');
  const ds = new DataSource(dataSourceOptions(url, { extra: { max: 1 } }));
  await ds.initialize();
  try {
    await ds.query('SELECT pg_advisory_lock(727274)');
    await ds.runMigrations({ transaction: 'each' });
    await ds.query('SELECT pg_advisory_unlock(727274)');
  } finally {
    await ds.destroy();
  }
  return url;
}
