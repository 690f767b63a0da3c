import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { SECOND_FACTOR } from '@sentinel/shared';

const ISSUER = 'Sentinel';

function totp(secretBase32: string, label = 'Sentinel'): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: SECOND_FACTOR.digits,
    period: SECOND_FACTOR.periodSeconds,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random secret of 160 bits (RFC 4226's recommendation), in base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, email: string): string {
  return totp(secretBase32, email).toString();
}

/** The QR code of an address as an SVG document, drawn here: nothing is fetched from elsewhere. */
export function qrCodeSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
}

export type TotpCheck = { step: number } | 'WRONG' | 'REPLAYED';

/**
 * Checks a 6-digit code against the current time step and one step either side. A code of a step no later than
 * the last one accepted (`lastStep`) is refused as replayed, even within its 30 seconds.
 */
export function checkTotp(secretBase32: string, code: string, lastStep: number | null, now = Date.now()): TotpCheck {
  if (!/^\d{6}$/.test(code)) return 'WRONG';
  const delta = totp(secretBase32).validate({ token: code, timestamp: now, window: SECOND_FACTOR.window });
  if (delta === null) return 'WRONG';
  const step = TOTP.counter({ period: SECOND_FACTOR.periodSeconds, timestamp: now }) + delta;
  if (lastStep !== null && step <= lastStep) return 'REPLAYED';
  return { step };
}
