import { Injectable } from '@nestjs/common';
import * as oidc from 'openid-client';
import type { IdentityProviderEntity } from './identity-provider.entity.js';
import { SsoRefusal } from './sso-refusal.js';

/** How long a provider's discovery document is kept before it is fetched again. */
const DISCOVERY_TTL_MS = 10 * 60_000;
/** Microsoft Entra ID's multi-tenant discovery names its issuer with this in place of the tenant's id. */
const TENANT_PLACEHOLDER = '{tenantid}';
const TIMEOUT_SECONDS = 10;

interface Discovered {
  metadata: oidc.ServerMetadata;
  /** The issuer is a template (Entra's /common, /organizations): each token's `tid` names its real issuer. */
  templated: boolean;
  at: number;
}

export interface PendingChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

type Provider = Pick<IdentityProviderEntity, 'id' | 'version' | 'issuer' | 'clientId' | 'secretEnv' | 'tenantIds'>;

/** Whether an issuer is allowed to be plain http: a provider on this machine, outside production, for tests. */
export function isLocalHttp(issuer: URL): boolean {
  return issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
}

/**
 * The OpenID Connect client side, on openid-client: discovery (kept for a while per provider), the authorisation
 * request with PKCE (S256), state and nonce, and the code exchange, whose ID token is checked for its signature
 * (against the provider's published keys), issuer, audience, expiry and nonce.
 */
@Injectable()
export class OidcClientService {
  private readonly discovered = new Map<string, Discovered>();

  async authorizationUrl(provider: Provider, redirectUri: string, checks: PendingChecks): Promise<URL> {
    const { metadata } = await this.discover(provider);
    const config = this.configuration(provider, metadata);
    return oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /** Exchanges the callback's code and answers the ID token's claims, once every check has passed. */
  async exchange(provider: Provider, callbackUrl: URL, checks: PendingChecks): Promise<oidc.IDToken> {
    const discovered = await this.discover(provider);
    const grantChecks = { pkceCodeVerifier: checks.codeVerifier, expectedState: checks.state, expectedNonce: checks.nonce, idTokenExpected: true };
    if (!discovered.templated) {
      const tokens = await oidc.authorizationCodeGrant(this.configuration(provider, discovered.metadata), callbackUrl, grantChecks);
      const claims = tokens.claims();
      if (!claims) throw new SsoRefusal('INVALID_RESPONSE', 'no ID token');
      if (provider.tenantIds.length && !provider.tenantIds.includes(String(claims.tid ?? ''))) throw new SsoRefusal('UNKNOWN_TENANT');
      return claims;
    }
    return this.exchangeForTenant(provider, discovered.metadata, callbackUrl, grantChecks);
  }

  /**
   * A multi-tenant issuer: the token's own issuer is known only from its `tid`. The token response is taken once
   * from the provider, its tenant looked at (not yet trusted) and refused unless allowed; then the same response is
   * checked in full, signature included, as from that tenant's issuer.
   */
  private async exchangeForTenant(
    provider: Provider,
    metadata: oidc.ServerMetadata,
    callbackUrl: URL,
    grantChecks: oidc.AuthorizationCodeGrantChecks,
  ): Promise<oidc.IDToken> {
    const tokenEndpoint = new URL(metadata.token_endpoint ?? '').href;
    const isTokenEndpoint = (url: string) => new URL(url).href === tokenEndpoint;
    let captured: { body: string; status: number; headers: [string, string][] } | null = null;
    const first = this.configuration(provider, metadata);
    first[oidc.customFetch] = async (url, options) => {
      const response = await fetch(url, options as RequestInit);
      if (!isTokenEndpoint(url)) return response;
      captured = { body: await response.text(), status: response.status, headers: [...response.headers.entries()] };
      throw new TokenCaptured();
    };
    // The authorisation response's `iss` names the tenant's issuer, checked below against the tenant's configuration.
    const withoutIss = new URL(callbackUrl);
    withoutIss.searchParams.delete('iss');
    try {
      await oidc.authorizationCodeGrant(first, withoutIss, grantChecks);
    } catch (error) {
      if (!captured) throw error;
    }
    const response = captured as unknown as { body: string; status: number; headers: [string, string][] };
    const tid = unverifiedTenant(response.body);
    if (!tid || !provider.tenantIds.includes(tid)) throw new SsoRefusal('UNKNOWN_TENANT');
    const tenant = this.configuration(provider, { ...metadata, issuer: metadata.issuer.replace(TENANT_PLACEHOLDER, tid) });
    tenant[oidc.customFetch] = (url, options) =>
      isTokenEndpoint(url)
        ? Promise.resolve(new Response(response.body, { status: response.status, headers: response.headers }))
        : fetch(url, options as RequestInit);
    const tokens = await oidc.authorizationCodeGrant(tenant, callbackUrl, grantChecks);
    const claims = tokens.claims();
    if (!claims || claims.tid !== tid) throw new SsoRefusal('INVALID_RESPONSE', 'tenant changed');
    return claims;
  }

  private configuration(provider: Provider, metadata: oidc.ServerMetadata): oidc.Configuration {
    const secret = process.env[provider.secretEnv];
    if (!secret) throw new SsoRefusal('UNAVAILABLE', `client secret variable ${provider.secretEnv} is not set`);
    const config = new oidc.Configuration(metadata, provider.clientId, { client_secret: secret }, oidc.ClientSecretPost(secret));
    config.timeout = TIMEOUT_SECONDS;
    if (isLocalHttp(new URL(provider.issuer))) oidc.allowInsecureRequests(config);
    // The ID token's signature is checked against the provider's keys, not only taken on trust from the TLS channel.
    oidc.enableNonRepudiationChecks(config);
    return config;
  }

  private async discover(provider: Provider): Promise<Discovered> {
    const key = `${provider.id}:${provider.version}`;
    const kept = this.discovered.get(key);
    if (kept && Date.now() - kept.at < DISCOVERY_TTL_MS) return kept;
    const issuer = new URL(provider.issuer);
    const wellKnown = new URL(`${issuer.href.replace(/\/$/, '')}/.well-known/openid-configuration`);
    let metadata: oidc.ServerMetadata;
    try {
      const config = await oidc.discovery(wellKnown, provider.clientId, undefined, undefined, {
        timeout: TIMEOUT_SECONDS,
        execute: isLocalHttp(issuer) ? [oidc.allowInsecureRequests] : [],
      });
      metadata = config.serverMetadata();
    } catch (error) {
      throw new SsoRefusal('UNAVAILABLE', `discovery failed: ${describe(error)}`);
    }
    const templated = metadata.issuer.includes(TENANT_PLACEHOLDER);
    if (!issuerMatches(metadata.issuer, provider.issuer)) throw new SsoRefusal('UNAVAILABLE', 'the discovered issuer is not the one registered');
    const found = { metadata, templated, at: Date.now() };
    for (const k of this.discovered.keys()) if (k.startsWith(`${provider.id}:`)) this.discovered.delete(k);
    this.discovered.set(key, found);
    return found;
  }
}

class TokenCaptured extends Error {}

/** The discovered issuer is the registered one, or (multi-tenant) the template it is an instance of. */
function issuerMatches(discovered: string, registered: string): boolean {
  const strip = (s: string) => s.replace(/\/$/, '');
  if (!discovered.includes(TENANT_PLACEHOLDER)) return strip(discovered) === strip(registered);
  const escaped = strip(discovered).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escaped.replace('\\{tenantid\\}', '[^/]+')}$`);
  return pattern.test(strip(registered));
}

/** The `tid` a token response's ID token names, before any check: only used to choose which issuer to check it against. */
function unverifiedTenant(body: string): string | null {
  try {
    const idToken = (JSON.parse(body) as { id_token?: unknown }).id_token;
    if (typeof idToken !== 'string') return null;
    const payload = JSON.parse(Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8')) as { tid?: unknown };
    return typeof payload.tid === 'string' ? payload.tid : null;
  } catch {
    return null;
  }
}

/** An error's kind and code, never its message (which may quote a token or a claim). */
export function describe(error: unknown): string {
  const e = error as { name?: string; code?: string; error?: string };
  return [e?.name ?? 'unknown', e?.code, e?.error].filter(Boolean).join(' ');
}
