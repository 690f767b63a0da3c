import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { nextIp, startTestApp, type TestApp } from '../support/test-app.js';
import { startTestProvider, TEST_TENANT, type TestAccount, type TestProvider } from './oidc-test-provider.js';

const PUBLIC_URL = 'http://sentinel.test';
const CLIENT_ID = 'sentinel-test';
const SECRET_ENV = 'OIDC_SECRET_JEST';
const OTHER_TENANT = '0b0b0b0b-1111-4222-8333-444444444444';

const CREATE = `mutation($i: CreateIdentityProviderInput!) { createIdentityProvider(input: $i) { id name issuer emailDomains tenantIds enabled version secretSet } }`;
const UPDATE = `mutation($i: UpdateIdentityProviderInput!) { updateIdentityProvider(input: $i) { id name version } }`;
const SET_ENABLED = `mutation($i: SetIdentityProviderEnabledInput!) { setIdentityProviderEnabled(input: $i) { id enabled version } }`;

/** What a browser carries through one sign-in: Sentinel's cookies and the provider's. */
interface Flow {
  callback: string;
  browserCookie: string;
}

describe('single sign-on with OpenID Connect', () => {
  let t: TestApp;
  let p: PanelFixture;
  let op: TestProvider;
  let admin: string;
  const providers: Record<'plain' | 'tenant' | 'otherTenant' | 'multiTenant', string> = { plain: '', tenant: '', otherTenant: '', multiTenant: '' };

  beforeAll(async () => {
    process.env[SECRET_ENV] = `secret-${randomUUID()}`;
    t = await startTestApp({ PUBLIC_URL });
    p = await createPanel(t.dataSource);
    op = await startTestProvider({ clientId: CLIENT_ID, clientSecret: process.env[SECRET_ENV]!, redirectUris: [`${PUBLIC_URL}/auth/oidc/callback`] });
    const email = `admin.${randomUUID().slice(0, 8)}@example.test`;
    await t.dataSource.query(
      `INSERT INTO app_user (email, name, password_hash, is_admin) SELECT $1, 'Admin', password_hash, true FROM app_user WHERE id = $2`,
      [email, p.users.CHAIR.userId],
    );
    admin = await t.signIn(email, TEST_PASSWORD);
    const register = async (name: string, issuer: string, tenantIds: string[]) => {
      const res = await t.gql<{ createIdentityProvider: { id: string } }>(
        CREATE,
        {
          i: {
            name: `${name} ${randomUUID().slice(0, 6)}`,
            issuer,
            clientId: CLIENT_ID,
            secretEnv: SECRET_ENV,
            emailDomains: ['example.test'],
            tenantIds,
          },
        },
        { session: admin },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.createIdentityProvider.id;
    };
    providers.plain = await register('Plain', op.issuer, []);
    providers.tenant = await register('Tenant', op.multiTenantIssuer, [TEST_TENANT]);
    providers.otherTenant = await register('Other tenant', op.multiTenantIssuer, [OTHER_TENANT]);
    providers.multiTenant = providers.tenant;
  });
  afterAll(async () => {
    await op?.close();
    await t?.close();
    delete process.env[SECRET_ENV];
  });

  const server = () => t.app.getHttpServer();

  /** Start at Sentinel, sign in at the provider as `login`, and stop at the callback address it sends the browser to. */
  async function atProvider(providerId: string, login: string, account?: TestAccount): Promise<Flow> {
    if (account) op.accounts.set(login, account);
    const start = await request(server()).get(`/auth/oidc/${providerId}/start`).set('X-Forwarded-For', nextIp());
    expect(start.status).toBe(303);
    const browserCookie = String(([] as string[]).concat(start.headers['set-cookie'] ?? [])[0] ?? '').split(';')[0];
    expect(browserCookie).toMatch(/^sentinel_sso=/);
    const authorize = new URL(start.headers.location);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    const jar = new Map<string, string>();
    const go = async (url: string, init: RequestInit = {}) => {
      const res = await fetch(url, {
        ...init,
        redirect: 'manual',
        headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const eq = pair.indexOf('=');
        jar.set(pair.slice(0, eq), pair.slice(eq + 1));
      }
      return res;
    };
    let res = await go(authorize.href);
    const interaction = new URL(res.headers.get('location')!, authorize);
    expect(interaction.pathname).toMatch(/^\/interaction\//);
    res = await go(interaction.href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login }).toString(),
    });
    let next = new URL(res.headers.get('location')!, authorize);
    while (!next.href.startsWith(PUBLIC_URL)) {
      res = await go(next.href);
      next = new URL(res.headers.get('location')!, next);
    }
    return { callback: next.pathname + next.search, browserCookie };
  }

  async function callback(flow: Flow): Promise<{ location: string; session: string | null }> {
    const res = await request(server()).get(flow.callback).set('Cookie', flow.browserCookie).set('X-Forwarded-For', nextIp());
    expect(res.status).toBe(303);
    const session = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('sentinel_session='));
    return { location: res.headers.location, session: session ? session.split(';')[0] : null };
  }

  const sessionsOf = async (userId: string) =>
    (await t.dataSource.query(`SELECT auth_method, second_factor_at FROM user_session WHERE user_id = $1 ORDER BY created_at`, [userId])) as {
      auth_method: string;
      second_factor_at: Date | null;
    }[];

  it('signs a member in: a session of method OIDC whose viewer answers, audited as a sign-in', async () => {
    const member = p.users.POLICE_MEMBER;
    const flow = await atProvider(providers.plain, member.email, { email: member.email.toUpperCase(), email_verified: true });
    const { location, session } = await callback(flow);
    expect(location).toBe('/');
    expect(session).toBeTruthy();
    const viewer = await t.gql<{ viewer: { id: string } }>('{ viewer { id } }', {}, { session: session! });
    expect(viewer.data?.viewer.id).toBe(member.userId);
    expect(await sessionsOf(member.userId)).toEqual([{ auth_method: 'OIDC', second_factor_at: null }]);
    const [audit] = await t.dataSource.query(
      `SELECT action, changes FROM audit_event WHERE entity_type = 'User' AND entity_id = $1 AND action = 'SIGN_IN' ORDER BY at DESC LIMIT 1`,
      [member.userId],
    );
    expect(audit.changes.method).toEqual([null, 'OIDC']);
    expect(audit.changes.identityProviderId).toEqual([null, providers.plain]);
  });

  it('accepts an invitation: an invited member signed in this way is no longer invited, and their link is closed', async () => {
    const chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    const email = `invited.${randomUUID().slice(0, 8)}@example.test`;
    const added = await t.gql<{ addMember: { member: { id: string; invited: boolean; invitationExpiresAt: string | null } } }>(
      'mutation($i: AddMemberInput!) { addMember(input: $i) { member { id invited invitationExpiresAt } } }',
      { i: { panelId: p.panelId, agencyId: p.agencies.HMRC, role: 'PARTNER_MEMBER', name: 'Invited Partner', email } },
      { session: chair },
    );
    expect(added.errors).toBeUndefined();
    const memberId = added.data!.addMember.member.id;
    expect(added.data!.addMember.member.invited).toBe(true);
    const { session } = await callback(await atProvider(providers.plain, email, { email, email_verified: true }));
    expect(session).toBeTruthy();
    const after = await t.gql<{ member: { invited: boolean; invitationExpiresAt: string | null } }>(
      'query($id: ID!) { member(id: $id) { invited invitationExpiresAt } }',
      { id: memberId },
      { session: chair },
    );
    expect(after.data?.member).toEqual({ invited: false, invitationExpiresAt: null });
    const open = await t.dataSource.query(
      `SELECT 1 FROM account_token t JOIN app_user u ON u.id = t.user_id WHERE lower(u.email) = $1 AND t.used_at IS NULL`,
      [email],
    );
    expect(open).toEqual([]);
    const again = await t.gql('mutation($id: ID!) { sendInvitationAgain(id: $id) { invitationSent } }', { id: memberId }, { session: chair });
    expect(again.errors?.[0]?.message).toMatch(/already accepted their invitation/);
  });

  it('records a second factor when the provider asserts one in amr, and none without it', async () => {
    const chair = p.users.CHAIR;
    await callback(await atProvider(providers.plain, chair.email, { email: chair.email, email_verified: true, amr: ['pwd', 'mfa'] }));
    const coordinator = p.users.COORDINATOR;
    await callback(await atProvider(providers.plain, coordinator.email, { email: coordinator.email, email_verified: true, amr: ['pwd'] }));
    const chairSessions = (await sessionsOf(chair.userId)).filter((s) => s.auth_method === 'OIDC');
    expect(chairSessions).toHaveLength(1);
    expect(chairSessions[0].second_factor_at).toBeInstanceOf(Date);
    expect((await sessionsOf(coordinator.userId)).filter((s) => s.auth_method === 'OIDC')).toEqual([{ auth_method: 'OIDC', second_factor_at: null }]);
  });

  it('signs in through a multi-tenant issuer when the token’s tenant is allowed, checking the issuer the tenant names', async () => {
    const observer = p.users.OBSERVER;
    const { location, session } = await callback(
      await atProvider(providers.tenant, observer.email, { preferred_username: observer.email, tid: TEST_TENANT }),
    );
    expect(location).toBe('/');
    expect(session).toBeTruthy();
  });

  describe('refusals: each goes back to the sign-in page with its code and starts no session', () => {
    const refused = async (flow: Flow, code: string, userId?: string) => {
      const before = userId ? (await sessionsOf(userId)).length : 0;
      const { location, session } = await callback(flow);
      expect(location).toBe(`/sign-in#sso=${code}`);
      expect(session).toBeNull();
      if (userId) expect((await sessionsOf(userId)).length).toBe(before);
    };

    it('a tenant not on the allow-list', async () => {
      const u = p.users.PARTNER_MEMBER;
      await refused(await atProvider(providers.otherTenant, u.email, { email: u.email, tid: TEST_TENANT }), 'UNKNOWN_TENANT', u.userId);
    });

    it('an email the provider does not say it verified', async () => {
      const u = p.users.PARTNER_MEMBER;
      await refused(
        await atProvider(providers.plain, `${u.email}#unverified`, { email: u.email, email_verified: false }),
        'UNVERIFIED_EMAIL',
        u.userId,
      );
      await refused(await atProvider(providers.plain, `${u.email}#silent`, { email: u.email }), 'UNVERIFIED_EMAIL', u.userId);
    });

    it('an email of no member, and one outside the provider’s domains', async () => {
      await refused(await atProvider(providers.plain, 'nobody@example.test', { email: 'nobody@example.test', email_verified: true }), 'NO_MEMBER');
      await refused(
        await atProvider(providers.plain, 'someone@elsewhere.test', { email: 'someone@elsewhere.test', email_verified: true }),
        'WRONG_DOMAIN',
      );
    });

    it('a disabled account', async () => {
      const q = await createPanel(t.dataSource);
      const u = q.users.OBSERVER;
      await t.dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [u.userId]);
      await refused(await atProvider(providers.plain, u.email, { email: u.email, email_verified: true }), 'DISABLED', u.userId);
    });

    it('a state that is unknown, or that another browser started', async () => {
      const u = p.users.PARTNER_MEMBER;
      const flow = await atProvider(providers.plain, `${u.email}#state`, { email: u.email, email_verified: true });
      await refused({ ...flow, callback: flow.callback.replace(/state=[^&]+/, 'state=not-the-state') }, 'EXPIRED', u.userId);
      await refused({ ...flow, browserCookie: 'sentinel_sso=someone-else' }, 'EXPIRED', u.userId);
    });

    it('a callback used twice (a replayed code)', async () => {
      const u = p.users.PARTNER_MEMBER;
      const flow = await atProvider(providers.plain, `${u.email}#replay`, { email: u.email, email_verified: true });
      const first = await callback(flow);
      expect(first.session).toBeTruthy();
      await refused(flow, 'EXPIRED', u.userId);
    });

    it('an expired state', async () => {
      const u = p.users.PARTNER_MEMBER;
      const flow = await atProvider(providers.plain, `${u.email}#late`, { email: u.email, email_verified: true });
      await t.dataSource.query(`UPDATE oidc_sign_in SET created_at = now() - interval '11 minutes' WHERE used_at IS NULL`);
      await refused(flow, 'EXPIRED', u.userId);
    });

    it('an ID token whose nonce is not the one sent', async () => {
      const u = p.users.PARTNER_MEMBER;
      const flow = await atProvider(providers.plain, `${u.email}#nonce`, { email: u.email, email_verified: true });
      await t.dataSource.query(`UPDATE oidc_sign_in SET nonce = 'tampered-nonce' WHERE used_at IS NULL`);
      await refused(flow, 'INVALID_RESPONSE', u.userId);
    });

    it('an error from the provider', async () => {
      const u = p.users.PARTNER_MEMBER;
      const flow = await atProvider(providers.plain, `${u.email}#error`, { email: u.email, email_verified: true });
      const state = new URLSearchParams(flow.callback.split('?')[1]).get('state')!;
      await refused({ ...flow, callback: `/auth/oidc/callback?error=access_denied&state=${encodeURIComponent(state)}` }, 'PROVIDER_ERROR', u.userId);
    });

    it('a provider that is disabled, or unknown', async () => {
      const res = await request(server()).get(`/auth/oidc/${randomUUID()}/start`).set('X-Forwarded-For', nextIp());
      expect([res.status, res.headers.location]).toEqual([303, '/sign-in#sso=UNAVAILABLE']);
      const bad = await request(server()).get(`/auth/oidc/not-an-id/start`).set('X-Forwarded-For', nextIp());
      expect(bad.headers.location).toBe('/sign-in#sso=UNAVAILABLE');
    });
  });

  it('throttles the start of sign-ins from one address', async () => {
    const ip = nextIp();
    const locations: string[] = [];
    for (let i = 0; i < 31; i++) {
      const res = await request(server()).get(`/auth/oidc/${providers.plain}/start`).set('X-Forwarded-For', ip);
      locations.push(res.headers.location);
    }
    expect(locations.slice(0, 30).every((l) => !l.startsWith('/sign-in'))).toBe(true);
    expect(locations[30]).toBe('/sign-in#sso=RATE_LIMITED');
  });

  describe('the register of providers', () => {
    it('lists the enabled providers to anyone, by id and name only', async () => {
      const res = await t.gql<{ signInProviders: { id: string; name: string }[] }>('{ signInProviders { id name } }');
      expect(res.data?.signInProviders.map((x) => x.id)).toEqual(expect.arrayContaining([providers.plain, providers.tenant]));
    });

    it('creates, updates with a version, refuses a stale edit, and disables, each audited', async () => {
      const input = {
        name: `Northmoor ${randomUUID().slice(0, 6)}`,
        issuer: 'https://login.microsoftonline.com/organizations/v2.0/',
        clientId: 'abc',
        secretEnv: 'OIDC_SECRET_NORTHMOOR',
        emailDomains: ['northmoor.police.uk'],
        tenantIds: [TEST_TENANT],
      };
      const created = await t.gql<{ createIdentityProvider: { id: string; issuer: string; version: number; enabled: boolean; secretSet: boolean } }>(
        CREATE,
        { i: input },
        { session: admin },
      );
      const x = created.data!.createIdentityProvider;
      expect([x.issuer, x.version, x.enabled, x.secretSet]).toEqual(['https://login.microsoftonline.com/organizations/v2.0', 1, true, false]);
      const updated = await t.gql<{ updateIdentityProvider: { version: number } }>(
        UPDATE,
        { i: { ...input, id: x.id, version: 1, name: `${input.name} Police` } },
        { session: admin },
      );
      expect(updated.data?.updateIdentityProvider.version).toBe(2);
      const stale = await t.gql(UPDATE, { i: { ...input, id: x.id, version: 1, clientId: 'def' } }, { session: admin });
      expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(stale.errors?.[0]?.message).toMatch(/Name on the sign-in button changed/);
      const disabled = await t.gql<{ setIdentityProviderEnabled: { enabled: boolean } }>(
        SET_ENABLED,
        { i: { id: x.id, version: 2, enabled: false } },
        { session: admin },
      );
      expect(disabled.data?.setIdentityProviderEnabled.enabled).toBe(false);
      const offered = await t.gql<{ signInProviders: { id: string }[] }>('{ signInProviders { id } }');
      expect(offered.data?.signInProviders.map((o) => o.id)).not.toContain(x.id);
      const audit = await t.dataSource.query(
        `SELECT action, panel_id FROM audit_event WHERE entity_type = 'IdentityProvider' AND entity_id = $1 ORDER BY at, id`,
        [x.id],
      );
      expect(audit).toEqual([
        { action: 'CREATE', panel_id: null },
        { action: 'UPDATE', panel_id: null },
        { action: 'UPDATE', panel_id: null },
      ]);
    });

    it('refuses an issuer that is not https, a secret variable not named as such, and a domain not lower case', async () => {
      const base = {
        name: `Bad ${randomUUID().slice(0, 6)}`,
        issuer: 'https://idp.example.test',
        clientId: 'abc',
        secretEnv: 'OIDC_SECRET_X',
        emailDomains: ['example.test'],
        tenantIds: [],
      };
      const cases: [Record<string, unknown>, string][] = [
        [{ issuer: 'http://idp.example.test' }, 'issuer'],
        [{ issuer: 'not a url' }, 'issuer'],
        [{ secretEnv: 'DATABASE_URL' }, 'secretEnv'],
        [{ emailDomains: ['Example.TEST'] }, 'emailDomains'],
        [{ emailDomains: [] }, 'emailDomains'],
        [{ tenantIds: ['not-a-guid'] }, 'tenantIds'],
        [{ name: 'x'.repeat(61) }, 'name'],
      ];
      for (const [change, field] of cases) {
        const res = await t.gql(CREATE, { i: { ...base, ...change } }, { session: admin });
        expect([field, res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.field]).toEqual([field, 'BAD_USER_INPUT', field]);
      }
    });

    it('is the administrator’s alone: a chair is forbidden to list, create or change providers', async () => {
      const chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
      const list = await t.gql('{ identityProviders { id } }', {}, { session: chair });
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const create = await t.gql(
        CREATE,
        {
          i: {
            name: 'Chair’s',
            issuer: 'https://idp.example.test',
            clientId: 'a',
            secretEnv: 'OIDC_SECRET_X',
            emailDomains: ['example.test'],
            tenantIds: [],
          },
        },
        { session: chair },
      );
      expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const change = await t.gql(SET_ENABLED, { i: { id: providers.plain, version: 1, enabled: false } }, { session: chair });
      expect(change.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const anonymous = await t.gql('{ identityProviders { id } }');
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
