import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@sentinel/migrations';
import { ENTITIES } from './entities.js';
import { PanelScopedClient } from './panel-scope.js';

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

/**
 * The API's own connection, as the app role: each statement runs in the panel scope of the work that sends it
 * (panel-scope.ts), and it changes no schema (the owner installed the extensions when migrating).
 */
export function appDataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return dataSourceOptions(url, {
    installExtensions: false,
    ...overrides,
    extra: { max: 10, application_name: 'sentinel', Client: PanelScopedClient },
  } as Partial<DataSourceOptions>);
}
