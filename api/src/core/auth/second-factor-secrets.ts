import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt } from 'node:crypto';
import { normaliseCode, SECOND_FACTOR } from '@sentinel/shared';

const VERSION = 'v1';

/** The key from SECOND_FACTOR_KEY (32 bytes in base64), checked by the configuration. */
export function secondFactorKey(base64: string | undefined): Buffer | null {
  if (!base64) return null;
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error('SECOND_FACTOR_KEY must be 32 bytes in base64');
  return key;
}

/**
 * Encrypts an authenticator secret with AES-256-GCM. The person's id is bound in as associated data, so a secret
 * copied onto another person's row does not decrypt.
 */
export function encryptSecret(key: Buffer, userId: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(userId));
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
}

export function decryptSecret(key: Buffer, userId: string, stored: string): string {
  const [version, iv, tag, body] = stored.split(':');
  if (version !== VERSION || !iv || !tag || !body) throw new Error('Unknown second-factor secret format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAAD(Buffer.from(userId));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
}

/** Ten random recovery codes of ten characters (about 46 bits each), from an alphabet with no look-alikes. */
export function newRecoveryCodes(): string[] {
  const { recoveryAlphabet, recoveryCodeCount, recoveryCodeLength } = SECOND_FACTOR;
  const codes = new Set<string>();
  while (codes.size < recoveryCodeCount) {
    codes.add(Array.from({ length: recoveryCodeLength }, () => recoveryAlphabet[randomInt(recoveryAlphabet.length)]).join(''));
  }
  return [...codes];
}

/** Random codes of that length need no slow hash: SHA-256 of the code as typed, normalised. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normaliseCode(code)).digest('hex');
}
