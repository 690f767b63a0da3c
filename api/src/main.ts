import { createApp } from './app.js';
import { loadConfig } from './core/config/config.js';

const config = loadConfig();
const app = await createApp(config);
await app.listen(config.PORT);
console.log(`Sentinel API listening on port ${config.PORT}`);
