import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@sentinel/migrations';
import { ENTITIES } from './entities.js';

/** One definition of the connection, shared by the app, the command-line tasks and the tests. */
export function dataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migration',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    logging: false,
    extra: { max: 10, application_name: 'sentinel' },
    ...overrides,
  } as DataSourceOptions;
}
