import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { isUUID } from 'class-validator';
import * as oidc from 'openid-client';
import { DataSource } from 'typeorm';
import { assertsSecondFactor, SSO_LIMITS } from '@sentinel/shared';
import type { RequestContext } from '../../access/request-context.js';
import { AuditService } from '../../audit/audit.service.js';
import { RATE_LIMIT_STORAGE } from '../../limits/rate-limit.guard.js';
import { hashToken, SessionService } from '../session.service.js';
import type { IdentityProviderEntity } from './identity-provider.entity.js';
import { describe, OidcClientService } from './oidc-client.service.js';
import { SsoRefusal } from './sso-refusal.js';

type ProviderRow = Pick<IdentityProviderEntity, 'id' | 'version' | 'issuer' | 'clientId' | 'secretEnv' | 'tenantIds' | 'emailDomains'>;

const PROVIDER_SQL = `SELECT id, version, issuer, client_id AS "clientId", secret_env AS "secretEnv", tenant_ids AS "tenantIds",
  email_domains AS "emailDomains" FROM identity_provider WHERE id = $1 AND enabled`;

/**
 * Signing in through an organisation's OpenID Connect provider. The start keeps state, nonce and PKCE verifier
 * server-side, under a hash of the state and bound to the browser by a cookie; the callback uses them once, within
 * ten minutes, exchanges the code and matches the person to an existing account by email only. No account is
 * ever created here.
 */
@Injectable()
export class OidcSignInService {
  private readonly logger = new Logger('SingleSignOn');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RATE_LIMIT_STORAGE) private readonly storage: ThrottlerStorage,
    private readonly client: OidcClientService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /** Where to send the browser, and the value of the cookie that binds the sign-in to it. */
  async start(providerId: string, ip: string, redirectUri: string): Promise<{ location: string; browser: string }> {
    const window = 60_000;
    const counted = await this.storage.increment(`rate:sso:address:${ip}`, window, SSO_LIMITS.startsPerMinute, window, 'sso');
    if (counted.isBlocked) throw new SsoRefusal('RATE_LIMITED');
    const provider = await this.provider(providerId);
    const checks = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
    const browser = randomBytes(32).toString('base64url');
    const url = await this.client.authorizationUrl(provider, redirectUri, checks);
    await this.dataSource.query(`DELETE FROM oidc_sign_in WHERE created_at < now() - interval '1 day'`);
    await this.dataSource.query(
      `INSERT INTO oidc_sign_in (state_hash, provider_id, browser_hash, nonce, code_verifier) VALUES ($1, $2, $3, $4, $5)`,
      [hashToken(checks.state), provider.id, hashToken(browser), checks.nonce, checks.codeVerifier],
    );
    return { location: url.href, browser };
  }

  /** Checks the callback and starts a session: its token, for the cookie. */
  async finish(ctx: RequestContext, callbackUrl: URL, browser: string | undefined): Promise<string> {
    const state = callbackUrl.searchParams.get('state');
    if (!state || state.length > 200 || !browser || browser.length > 100) throw new SsoRefusal('EXPIRED', 'no state or no browser cookie');
    // Taken once, whatever follows: a callback replayed, or raced, finds it used.
    const rows: { providerId: string; nonce: string; codeVerifier: string }[] = await this.dataSource
      .query(
        `UPDATE oidc_sign_in SET used_at = now()
        WHERE state_hash = $1 AND browser_hash = $2 AND used_at IS NULL AND created_at > now() - make_interval(mins => $3)
        RETURNING provider_id AS "providerId", nonce, code_verifier AS "codeVerifier"`,
        [hashToken(state), hashToken(browser), SSO_LIMITS.stateMinutes],
      )
      .then((r: [unknown[], number]) => r[0] as { providerId: string; nonce: string; codeVerifier: string }[]);
    const pending = rows[0];
    if (!pending) throw new SsoRefusal('EXPIRED', 'unknown, expired or used state');
    if (callbackUrl.searchParams.has('error'))
      throw new SsoRefusal('PROVIDER_ERROR', `provider answered ${logSafe(callbackUrl.searchParams.get('error'))}`);
    const provider = await this.provider(pending.providerId);
    let claims: oidc.IDToken;
    try {
      claims = await this.client.exchange(provider, callbackUrl, { state, nonce: pending.nonce, codeVerifier: pending.codeVerifier });
    } catch (error) {
      if (error instanceof SsoRefusal) throw error;
      const e = error as { code?: string; error?: string };
      throw new SsoRefusal(e?.error ? 'PROVIDER_ERROR' : 'INVALID_RESPONSE', describe(error));
    }
    const email = emailOf(claims, provider);
    const users: { id: string; disabled_at: Date | null }[] = await this.dataSource.query(
      `SELECT id, disabled_at FROM app_user WHERE lower(email) = $1`,
      [email],
    );
    const user = users[0];
    if (!user) throw new SsoRefusal('NO_MEMBER');
    if (user.disabled_at) throw new SsoRefusal('DISABLED');
    const secondFactor = assertsSecondFactor(claims.amr);
    const { token } = await this.dataSource.transaction(async (m) => {
      const session = await this.sessions.create(m, user.id, 'OIDC');
      // An invited person who signs in this way has accepted: their invitation link stops working.
      const accepted: [unknown[], number] = await m.query(
        `UPDATE account_token SET used_at = now() WHERE user_id = $1 AND purpose = 'INVITATION' AND used_at IS NULL AND expires_at > now()`,
        [user.id],
      );
      if (secondFactor) await m.query(`UPDATE user_session SET second_factor_at = now() WHERE id = $1`, [session.sessionId]);
      await this.audit.recordChange(
        m,
        { ...ctx, viewer: null },
        {
          panelId: null,
          entityType: 'User',
          entityId: user.id,
          action: 'SIGN_IN',
          after: { method: 'OIDC', identityProviderId: provider.id, secondFactor, ...(accepted[1] > 0 ? { invitationAccepted: true } : {}) },
        },
      );
      return session;
    });
    return token;
  }

  /** A refusal, logged with its code and the provider but nothing of the person. */
  logRefusal(providerId: string | null, refusal: SsoRefusal): void {
    this.logger.warn(
      `Single sign-on refused: ${refusal.code}${providerId && isUUID(providerId) ? ` provider=${providerId}` : ''}${refusal.detail ? ` (${logSafe(refusal.detail, 120)})` : ''}`,
    );
  }

  private async provider(id: string): Promise<ProviderRow> {
    if (!isUUID(id)) throw new SsoRefusal('UNAVAILABLE', 'not a provider id');
    const rows: ProviderRow[] = await this.dataSource.query(PROVIDER_SQL, [id]);
    if (!rows[0]) throw new SsoRefusal('UNAVAILABLE', 'no such provider, or disabled');
    return rows[0];
  }
}

/** Text from outside (a provider's error code) as a log may carry it: short, and no characters that forge a line. */
function logSafe(text: string | null | undefined, max = 40): string {
  return (text ?? '').replace(/[^\w .:/-]/g, '?').slice(0, max);
}

/**
 * The email address a provider vouches for. With a tenant allow-list (Microsoft Entra ID, which sends no
 * `email_verified`), the token's tenant has already been checked against the list, and the address is the `email`
 * claim, else `preferred_username`: both are set by that tenant's own administrators. Without one, only an `email`
 * with `email_verified` true is taken. Either way an `email_verified` of false is refused, and the address's domain
 * must be one the provider speaks for.
 */
export function emailOf(claims: oidc.IDToken, provider: Pick<ProviderRow, 'tenantIds' | 'emailDomains'>): string {
  if (claims.email_verified === false) throw new SsoRefusal('UNVERIFIED_EMAIL');
  const tenantVouches = provider.tenantIds.length > 0;
  const raw =
    typeof claims.email === 'string'
      ? claims.email
      : tenantVouches && typeof claims.preferred_username === 'string'
        ? claims.preferred_username
        : null;
  if (!raw || (!tenantVouches && claims.email_verified !== true)) throw new SsoRefusal('UNVERIFIED_EMAIL');
  const email = raw.trim().toLowerCase();
  const at = email.lastIndexOf('@');
  if (at < 1 || email.length > 254) throw new SsoRefusal('UNVERIFIED_EMAIL', 'no usable address');
  if (!provider.emailDomains.includes(email.slice(at + 1))) throw new SsoRefusal('WRONG_DOMAIN');
  return email;
}
