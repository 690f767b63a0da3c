import { loadConfig, ownerDatabaseUrl } from '../core/config/config.js';
import { prepareDatabase } from './prepare-database.js';

/**
 * `node api/dist/cli/migrate.js`: brings the database named by DATABASE_URL (the owner of the tables) up to date:
 * the pending migrations and the scheduled jobs' schema, under an advisory lock, so that a deploy may run it from
 * several machines at once. It loads no demo data; the API processes (`node api/dist/main.js`) never migrate.
 */
const config = loadConfig();
const { migrated } = await prepareDatabase(ownerDatabaseUrl(config), { demo: false });
console.log(migrated ? `Applied ${migrated} migration${migrated === 1 ? '' : 's'}.` : 'The database is up to date.');
