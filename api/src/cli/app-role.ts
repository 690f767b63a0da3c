import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/** The role the API connects as; the migrations create it (without a password) and grant it what it may do. */
export const APP_ROLE = 'sentinel_app';

/**
 * The API's connection when none is configured (APP_DATABASE_URL): the app role itself, allowed to log in with a
 * generated password kept in a file readable only by its owner. The owner's connection sets the password, so it
 * must be a superuser or hold CREATEROLE (the embedded database's does); otherwise the error says what to set.
 * The password is set only when the one kept does not work, so several starts leave it alone.
 */
export async function appLoginUrl(ownerUrl: string, passwordFile: string): Promise<string> {
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  const kept = readPassword(passwordFile);
  if (kept) {
    url.password = kept;
    if (await connects(url.toString())) return url.toString();
  }
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ may: boolean }>(`SELECT rolsuper OR rolcreaterole AS may FROM pg_roles WHERE rolname = current_user`);
    if (!rows[0]?.may) {
      throw new Error(
        `APP_DATABASE_URL is not set and the role of DATABASE_URL may not give ${APP_ROLE} a password. ` +
          `Create a login role in ${APP_ROLE} (CREATE ROLE sentinel_web LOGIN PASSWORD '...' IN ROLE ${APP_ROLE}) and set APP_DATABASE_URL to it.`,
      );
    }
    const password = kept ?? randomBytes(24).toString('base64url');
    if (!kept) writePassword(passwordFile, password);
    // base64url only: nothing in it can end the quoted literal.
    await owner.query(`ALTER ROLE ${APP_ROLE} WITH LOGIN PASSWORD '${password}'`);
    url.password = password;
    return url.toString();
  } finally {
    await owner.end();
  }
}

function readPassword(file: string): string | null {
  try {
    const text = fs.readFileSync(file, 'utf8').trim();
    return /^[A-Za-z0-9_-]{16,}$/.test(text) ? text : null;
  } catch {
    return null;
  }
}

function writePassword(file: string, password: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, password + '\n', { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}

async function connects(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
