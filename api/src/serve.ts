import { Logger } from '@nestjs/common';
import { createApp } from './app.js';
import { loadConfig } from './core/config/config.js';

const config = loadConfig();
const app = await createApp(config);
await app.listen(config.PORT);
new Logger('Sentinel').log(`API listening on port ${config.PORT}`);
