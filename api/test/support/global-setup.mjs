import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from './test-database.mjs';

export default async function globalSetup() {
  const db = await createTestDatabase();
  globalThis.__SENTINEL_TEST_DB__ = db;
  process.env.TEST_DATABASE_URL = db.url;
  // Every API the run starts logs here (test-app.ts), and the run's end searches it (global-teardown.mjs).
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sentinel-test-log-'));
  globalThis.__SENTINEL_TEST_LOG_DIR__ = logDir;
  process.env.SENTINEL_TEST_LOG = path.join(logDir, 'api.log');
}
