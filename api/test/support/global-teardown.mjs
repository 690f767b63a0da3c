import fs from 'node:fs';
import { findPersonalDataInLogs } from './log-privacy.mjs';

/**
 * Before the run's database goes: everything the APIs of the run logged is searched for the personal data the run
 * seeded and for secrets. A finding fails the run, naming what was found.
 */
export default async function globalTeardown() {
  try {
    const { lines, values, findings } = await findPersonalDataInLogs(process.env.SENTINEL_TEST_LOG, process.env.TEST_DATABASE_URL);
    if (findings.length) {
      throw new Error(`The API's logs hold personal data or secrets (${lines} lines searched): ${findings.slice(0, 20).join('; ')}`);
    }
    console.log(
      `\nLogs: ${lines} lines searched for ${values} names, dates of birth and passwords, and for any e-mail address or credential: none found.`,
    );
  } finally {
    await globalThis.__SENTINEL_TEST_DB__?.stop();
    fs.rmSync(globalThis.__SENTINEL_TEST_LOG_DIR__, { recursive: true, force: true });
  }
}
