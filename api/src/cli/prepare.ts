import { loadConfig, ownerDatabaseUrl } from '../core/config/config.js';
import { prepareDatabase } from './prepare-database.js';

/** `node api/dist/cli/prepare.js`: migrate, and load the demo panel once outside production. */
const config = loadConfig();
const result = await prepareDatabase(ownerDatabaseUrl(config), { demo: config.NODE_ENV !== 'production' });
console.log(JSON.stringify(result));
