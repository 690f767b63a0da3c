// A code from the demo authenticator key, for the scripts that sign the demo people in (the crash drills, the
// benches): the key is the same for every demo person, and the API accepts a step's code once per person.
import { Secret, TOTP } from 'otpauth';

const STEP_MS = 30_000;
let lastStep = 0;

/**
 * A code of `base32Key` that this process has not yet handed out: the current step's, or the next one's (the API
 * takes one step either side); when both were used, it waits for the next step.
 */
export async function freshDemoCode(base32Key) {
  let current = Math.floor(Date.now() / STEP_MS);
  if (lastStep > current) {
    await new Promise((resolve) => setTimeout(resolve, lastStep * STEP_MS - Date.now() + 200));
    current = Math.floor(Date.now() / STEP_MS);
  }
  lastStep = Math.max(current, lastStep + 1);
  const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(base32Key) });
  return totp.generate({ timestamp: lastStep * STEP_MS + 1 });
}
