import { Secret, TOTP } from 'otpauth';
import type { TestApp } from '../support/test-app.js';

/** The code an authenticator app shows for a secret at a moment (the test's own clock, not the server's). */
export function codeAt(secret: string, at = Date.now()): string {
  return new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: at });
}

export const START = 'mutation($p: SecondFactorProofInput) { startSecondFactorEnrolment(proof: $p) { secret uri qrCodeSvg } }';
export const CONFIRM = 'mutation($i: ConfirmSecondFactorInput!) { confirmSecondFactorEnrolment(input: $i) { codes } }';
export const VERIFY = 'mutation($i: VerifySecondFactorInput!) { verifySecondFactor(input: $i) { verified recoveryCodesLeft } }';
export const STATE = '{ viewer { secondFactor { enrolled required verified } } }';

/** Sets up an app for the person signed in to `session` through the API, as the web does; answers its secret and recovery codes. */
export async function enrol(t: TestApp, session: string): Promise<{ secret: string; codes: string[] }> {
  const started = await t.gql<{ startSecondFactorEnrolment: { secret: string } }>(START, {}, { session });
  if (!started.data) throw new Error(JSON.stringify(started.errors));
  const secret = started.data.startSecondFactorEnrolment.secret;
  const confirmed = await t.gql<{ confirmSecondFactorEnrolment: { codes: string[] } }>(CONFIRM, { i: { code: codeAt(secret) } }, { session });
  if (!confirmed.data) throw new Error(JSON.stringify(confirmed.errors));
  return { secret, codes: confirmed.data.confirmSecondFactorEnrolment.codes };
}
