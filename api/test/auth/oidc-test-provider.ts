import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

/** The claims an account at the test provider signs in with; `amr` is the session's, the rest its ID token's. */
export interface TestAccount {
  email?: string;
  email_verified?: boolean;
  preferred_username?: string;
  tid?: string;
  amr?: string[];
}

export interface TestProvider {
  /** The provider's own issuer, as a tenant of an Entra-like service: `http://127.0.0.1:<port>/<tenant>/v2.0`. */
  issuer: string;
  /** Its multi-tenant form, whose discovery names the issuer `http://127.0.0.1:<port>/{tenantid}/v2.0` as Entra's does. */
  multiTenantIssuer: string;
  tenantId: string;
  accounts: Map<string, TestAccount>;
  close(): Promise<void>;
}

export const TEST_TENANT = '3f1c1c2e-8d4b-4c1e-9a55-0b7d2c6e4a11';

/**
 * A real OpenID provider (oidc-provider) on localhost, shaped like Microsoft Entra ID: each issuer is a tenant's,
 * and a multi-tenant discovery document names a `{tenantid}` template. One confidential client, PKCE required,
 * consent taken as given. Its sign-in page asks only for the account's login: POST `login` to the interaction.
 */
export async function startTestProvider(opts: {
  port?: number;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}): Promise<TestProvider> {
  const accounts = new Map<string, TestAccount>();
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${base}/${TEST_TENANT}/v2.0`;

  const configuration: Configuration = {
    clients: [
      {
        client_id: opts.clientId,
        client_secret: opts.clientSecret,
        redirect_uris: opts.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub', 'tid', 'amr'], email: ['email', 'email_verified'], profile: ['name', 'preferred_username'] },
    conformIdTokenClaims: false,
    cookies: { keys: ['test provider cookie key'] },
    ttl: { AccessToken: 600, Grant: 600, IdToken: 600, Interaction: 600, Session: 600 },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => {
        const { amr: _amr, ...claims } = accounts.get(sub) ?? { email: sub, email_verified: true };
        return { sub, ...claims };
      },
    }),
    // A first-party client: what it asks for is granted without a consent page.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  const handle = provider.callback();

  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? '/', base);
      if (url.pathname === `/${TEST_TENANT}/v2.0/.well-known/openid-configuration`) {
        req.url = '/.well-known/openid-configuration';
        return handle(req, res);
      }
      if (url.pathname === '/organizations/v2.0/.well-known/openid-configuration') {
        const own = (await (await fetch(`${base}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
        own.issuer = `${base}/{tenantid}/v2.0`;
        delete own.authorization_response_iss_parameter_supported;
        res.setHeader('Content-Type', 'application/json');
        return res.end(JSON.stringify(own));
      }
      const interaction = /^\/interaction\/([\w-]+)$/.exec(url.pathname);
      if (interaction && req.method === 'GET') return loginPage(res, interaction[1]);
      if (interaction && req.method === 'POST') {
        const login = new URLSearchParams(await body(req)).get('login') ?? '';
        const account = accounts.get(login);
        return provider.interactionFinished(
          req,
          res,
          { login: { accountId: login, amr: account?.amr ?? ['pwd'] } },
          { mergeWithLastSubmission: false },
        );
      }
      return handle(req, res);
    })().catch(() => {
      res.statusCode = 500;
      res.end('test provider failed');
    });
  });

  return {
    issuer,
    multiTenantIssuer: `${base}/organizations/v2.0`,
    tenantId: TEST_TENANT,
    accounts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function loginPage(res: http.ServerResponse, uid: string): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(`<!doctype html><html lang="en"><head><title>Test provider: sign in</title></head><body><main>
<h1>Test organisation sign-in</h1>
<form method="post" action="/interaction/${uid}"><label for="login">Work email</label>
<input id="login" name="login" type="email" autocomplete="username"><button type="submit">Continue</button></form>
</main></body></html>`);
}

function body(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk.length + text.length > 10_000 ? '' : chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}
