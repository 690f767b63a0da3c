import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The key that encrypts authenticator secrets for `npm start` without SECOND_FACTOR_KEY: made once, kept in the
 * data folder (readable by its owner only) and given to the API. A lost key means every person sets up their
 * app again, so keep it with the database's backups, apart from them.
 */
export function keptSecondFactorKey(file: string): string {
  try {
    const text = fs.readFileSync(file, 'utf8').trim();
    if (Buffer.from(text, 'base64').length === 32) return text;
  } catch {
    /* none yet */
  }
  const key = randomBytes(32).toString('base64');
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, key + '\n', { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return key;
}
