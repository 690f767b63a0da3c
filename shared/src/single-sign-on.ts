/**
 * Single sign-on with OpenID Connect: the routes, the bounds of a provider's registration, the refusals the
 * sign-in page explains, and which authentication methods count as a second factor.
 */

export const SSO_START_PATH = (providerId: string) => `/auth/oidc/${encodeURIComponent(providerId)}/start`;
export const SSO_CALLBACK_PATH = '/auth/oidc/callback';
/** The API's single sign-on routes: the web server's fallback and the Vite proxy must let them through. */
export const SSO_PATH_PATTERN = '^/auth/oidc/';

/** The name of the environment variable that holds a provider's client secret. */
export const SSO_SECRET_ENV_PATTERN = /^OIDC_SECRET_[A-Z0-9_]{1,40}$/;

export const SSO_LIMITS = {
  nameLength: 60,
  issuerLength: 300,
  clientIdLength: 200,
  secretEnvLength: 52,
  domainLength: 253,
  domainsMax: 20,
  tenantsMax: 20,
  /** Sign-in attempts started from one address in a minute. */
  startsPerMinute: 30,
  /** How long the person has to finish at the provider. */
  stateMinutes: 10,
} as const;

/** An email domain as an administrator types it: lower case, letters, digits and hyphens, with at least one dot. */
export const EMAIL_DOMAIN_PATTERN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
/** A directory (tenant) id of Microsoft Entra ID: a GUID. */
export const TENANT_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Values of the ID token's `amr` claim (RFC 8176, and Microsoft's) that assert the person proved a second factor
 * at the provider: such a session starts with its second factor done.
 */
export const SECOND_FACTOR_AMR: readonly string[] = ['mfa', 'otp', 'hwk', 'swk', 'fido', 'sms', 'tel', 'face', 'fpt', 'iris', 'retina', 'vbm', 'sc'];

export function assertsSecondFactor(amr: unknown): boolean {
  return Array.isArray(amr) && amr.some((v) => typeof v === 'string' && SECOND_FACTOR_AMR.includes(v));
}

/** Why a single sign-on was refused: the code in the sign-in page's address (`/sign-in#sso=CODE`). */
export const SSO_ERRORS = {
  UNAVAILABLE: 'Single sign-on with this organisation is not available. Sign in with your email address and password, or try again later',
  PROVIDER_ERROR: 'Your organisation did not sign you in. Try again, or sign in with your email address and password',
  EXPIRED: 'Your sign-in took too long or was already used. Try again',
  INVALID_RESPONSE: 'Your organisation’s answer could not be checked. Try again, or ask your administrator for help',
  UNKNOWN_TENANT: 'Your Microsoft organisation is not one that may sign in to Sentinel. Ask your panel’s chair which account to use',
  UNVERIFIED_EMAIL:
    'Your organisation did not confirm your email address, so Sentinel cannot tell which account is yours. Ask your administrator for help',
  WRONG_DOMAIN: 'Your email address is not one this organisation signs in for. Use the sign-in button for your own organisation',
  NO_MEMBER: 'Your Microsoft account is not linked to a Sentinel account. Ask your panel’s chair to invite you with this email address',
  DISABLED: 'Your Sentinel account has been disabled. Ask your panel’s chair if you still need access',
  RATE_LIMITED: 'Too many sign-in attempts came from your network. Wait a minute, then try again',
} as const;
export type SsoErrorCode = keyof typeof SSO_ERRORS;

export function ssoErrorMessage(code: string | null | undefined): string | null {
  if (!code || !Object.prototype.hasOwnProperty.call(SSO_ERRORS, code)) return null;
  return SSO_ERRORS[code as SsoErrorCode];
}

/** Where a refused single sign-on lands: the code in the fragment, which never reaches a server or a log. */
export const SIGN_IN_SSO_ERROR_PATH = (code: SsoErrorCode) => `/sign-in#sso=${code}`;
