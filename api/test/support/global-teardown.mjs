export default async function globalTeardown() {
  await globalThis.__SENTINEL_TEST_DB__?.stop();
}
