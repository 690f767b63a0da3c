import { createTestDatabase } from './test-database.mjs';

export default async function globalSetup() {
  const db = await createTestDatabase();
  globalThis.__SENTINEL_TEST_DB__ = db;
  process.env.TEST_DATABASE_URL = db.url;
}
