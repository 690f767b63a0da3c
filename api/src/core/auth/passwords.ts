import argon2 from 'argon2';
import { PASSWORD_PROBLEM_MESSAGES, passwordLengthProblem } from '@sentinel/shared';
import { AppError } from '../errors/app-error.js';
import { COMMON_PASSWORDS } from './common-passwords.js';

const COMMON = new Set(COMMON_PASSWORDS.map((p) => p.toLowerCase()));

/** OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Throws BAD_USER_INPUT on the named field when the password may not be used. */
export function assertAcceptablePassword(password: string, field: string): void {
  const problem = passwordLengthProblem(password) ?? (COMMON.has(password.toLowerCase()) ? 'TOO_COMMON' : null);
  if (problem) throw AppError.badInput(field, PASSWORD_PROBLEM_MESSAGES[problem]);
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Verified against when no account matches, so that a wrong email takes as long as a wrong password. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-password-anyone-has');
  return dummyHash;
}
