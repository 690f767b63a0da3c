import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/core/database/data-source-options.js';
import { migrateTestDatabase } from '../support/migrated.js';

describe('schema drift', () => {
  it('finds nothing to change between the entities and the migrated database', async () => {
    const ds = new DataSource(dataSourceOptions(await migrateTestDatabase()));
    await ds.initialize();
    try {
      const sql = await ds.driver.createSchemaBuilder().log();
      expect(sql.upQueries.map((q) => q.query)).toEqual([]);
      expect(await ds.showMigrations()).toBe(false);
    } finally {
      await ds.destroy();
    }
  });
});
