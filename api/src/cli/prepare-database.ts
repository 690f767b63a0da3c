import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../core/database/data-source-options.js';
import { prepareJobsSchema } from '../core/jobs/jobs-schema.js';
import { loadDemoData } from '../demo/demo-data.js';

/**
 * Brings a database up to date, as the owner of its tables: applies pending migrations (one at a time, under an
 * advisory lock so that several starting instances do not race), creates or upgrades the scheduled jobs' schema
 * and, outside production, loads the demo panel into an empty database (its people enrolled with the demo
 * authenticator key when the key that encrypts secrets is given).
 */
export async function prepareDatabase(
  url: string,
  opts: { demo: boolean; secondFactorKey?: string },
): Promise<{ migrated: number; demoLoaded: boolean }> {
  const ds = new DataSource(dataSourceOptions(url, { extra: { max: 1 } }));
  await ds.initialize();
  try {
    await ds.query('SELECT pg_advisory_lock(727274)');
    const applied = await ds.runMigrations({ transaction: 'each' });
    await prepareJobsSchema(url);
    let demoLoaded = false;
    if (opts.demo) {
      const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM panel');
      if (n === 0) {
        await ds.transaction((m) => loadDemoData(m, { secondFactorKey: opts.secondFactorKey }));
        demoLoaded = true;
      }
    }
    await ds.query('SELECT pg_advisory_unlock(727274)');
    return { migrated: applied.length, demoLoaded };
  } finally {
    await ds.destroy();
  }
}
