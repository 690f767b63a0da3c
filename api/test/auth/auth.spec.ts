import { createPanel, TEST_PASSWORD, TEST_PASSWORD_HASH, type PanelFixture } from '../support/fixtures.js';
import { probeField } from '../support/probe.js';
import { nextIp, startTestApp, type TestApp } from '../support/test-app.js';

/** The root fields anyone may call: every other one needs a session. */
const ANONYMOUS_FIELDS = ['signIn', 'signInProviders', 'accountLinkOpen', 'acceptInvitation', 'requestPasswordReset', 'resetPassword'];
const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { id name memberships { role permissions panel { name } } } }';

describe('sign-in and sessions', () => {
  let t: TestApp;
  let p: PanelFixture;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
  });
  afterAll(() => t.close());

  it('rejects the unauthenticated on every root query and mutation but signIn and setting a password by mailed link', async () => {
    const { GraphQLSchemaHost } = await import('@nestjs/graphql');
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = [
      ['query', schema.getQueryType()!],
      ['mutation', schema.getMutationType()!],
    ] as const;
    const probed: string[] = [];
    for (const [kind, type] of operations) {
      for (const field of Object.values(type.getFields())) {
        if (ANONYMOUS_FIELDS.includes(field.name)) continue;
        const res = await t.gql(`${kind} { ${probeField(field)} }`);
        expect([field.name, res.errors?.[0]?.extensions?.code]).toEqual([field.name, 'UNAUTHENTICATED']);
        probed.push(field.name);
      }
    }
    expect(probed).toEqual(
      expect.arrayContaining(['viewer', 'agencies', 'members', 'addMember', 'sendInvitationAgain', 'signOut', 'changePassword']),
    );
  });

  it('signs in with a correct password and sets an HttpOnly, SameSite=Lax cookie', async () => {
    const request = (await import('supertest')).default;
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('X-Forwarded-For', nextIp())
      .send({ query: SIGN_IN, variables: { i: { email: p.users.CHAIR.email.toUpperCase(), password: TEST_PASSWORD } } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.signIn.memberships[0].role).toBe('CHAIR');
    expect(res.body.data.signIn.memberships[0].permissions).toContain('member:manage');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/sentinel_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('marks the cookie Secure behind an HTTPS proxy', async () => {
    const request = (await import('supertest')).default;
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('X-Forwarded-For', nextIp())
      .set('X-Forwarded-Proto', 'https')
      .send({ query: SIGN_IN, variables: { i: { email: p.users.OBSERVER.email, password: TEST_PASSWORD } } });
    expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const wrong = await t.gql(SIGN_IN, { i: { email: p.users.CHAIR.email, password: 'not the password at all' } }, { ip: nextIp() });
    const unknown = await t.gql(SIGN_IN, { i: { email: 'nobody@example.test', password: 'not the password at all' } }, { ip: nextIp() });
    expect(wrong.errors?.[0]).toEqual(unknown.errors?.[0]);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('warns before the last tries, then locks the account: the 11th sign-in is refused even with the right password', async () => {
    const q = await createPanel(t.dataSource);
    const email = q.users.POLICE_MEMBER.email;
    const messages: string[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await t.gql(SIGN_IN, { i: { email, password: `wrong password ${i}` } }, { ip: nextIp() });
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      messages.push(res.errors![0].message);
    }
    expect(messages.slice(0, 6)).toEqual(Array(6).fill('Enter a correct email address and password'));
    expect(messages[6]).toBe('Enter a correct email address and password. You have 3 more tries before this account is locked for 15 minutes.');
    expect(messages[8]).toBe('Enter a correct email address and password. You have 1 more try before this account is locked for 15 minutes.');
    expect(messages[9]).toBe('Enter a correct email address and password. This account is now locked for 15 minutes.');
    const eleventh = await t.gql(SIGN_IN, { i: { email, password: TEST_PASSWORD } }, { ip: nextIp() });
    expect(eleventh.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(eleventh.errors?.[0]?.message).toMatch(/^This account is locked after 10 wrong passwords\. Try again after \d\d:\d\d\.$/);
    // An email that names no one is counted and warned alike, so the warning tells nothing about who has an account.
    const nobody = 'no-such-member@example.test';
    let last = '';
    for (let i = 0; i < 7; i++) {
      last = (await t.gql(SIGN_IN, { i: { email: nobody, password: `wrong password ${i}` } }, { ip: nextIp() })).errors![0].message;
    }
    expect(last).toBe(messages[6]);
  });

  it('locks the account, not the address: others behind the same network still sign in', async () => {
    const q = await createPanel(t.dataSource);
    const ip = nextIp();
    for (let i = 0; i < 10; i++) {
      await t.gql(SIGN_IN, { i: { email: q.users.POLICE_MEMBER.email, password: `wrong password ${i}` } }, { ip });
    }
    const locked = await t.gql(SIGN_IN, { i: { email: q.users.POLICE_MEMBER.email, password: TEST_PASSWORD } }, { ip });
    expect(locked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const colleague = await t.gql(SIGN_IN, { i: { email: q.users.OBSERVER.email, password: TEST_PASSWORD } }, { ip });
    expect(colleague.errors).toBeUndefined();
  });

  it('slows an address after 30 failures across accounts, doubling the wait at each further failure', async () => {
    const ip = nextIp();
    for (let i = 0; i < 30; i++) {
      await t.gql(SIGN_IN, { i: { email: `stranger${i}@example.test`, password: 'wrong password here' } }, { ip });
    }
    const slowed = await t.gql(SIGN_IN, { i: { email: p.users.OBSERVER.email, password: TEST_PASSWORD } }, { ip });
    expect(slowed.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(slowed.errors?.[0]?.message).toBe('Too many failed sign-ins from your network. Wait 1 second, then try again.');
    // Once the wait has passed, one attempt goes through; a wrong one doubles the next wait.
    const back = async (seconds: number) =>
      t.dataSource.query(`UPDATE sign_in_attempt SET at = at - make_interval(secs => $2) WHERE ip = $1`, [ip, seconds]);
    await back(1);
    const wrong = await t.gql(SIGN_IN, { i: { email: 'stranger-late@example.test', password: 'wrong password here' } }, { ip });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const again = await t.gql(SIGN_IN, { i: { email: p.users.OBSERVER.email, password: TEST_PASSWORD } }, { ip });
    expect(again.errors?.[0]?.message).toBe('Too many failed sign-ins from your network. Wait 2 seconds, then try again.');
    await back(2);
    const through = await t.gql(SIGN_IN, { i: { email: p.users.OBSERVER.email, password: TEST_PASSWORD } }, { ip });
    expect(through.errors).toBeUndefined();
  });

  it('ends the session on sign-out', async () => {
    const session = await t.signIn(p.users.COORDINATOR.email, TEST_PASSWORD);
    expect((await t.gql('{ viewer { id } }', {}, { session })).data).toEqual({ viewer: { id: p.users.COORDINATOR.userId } });
    expect((await t.gql('mutation { signOut }', {}, { session })).data).toEqual({ signOut: true });
    expect((await t.gql('{ viewer { id } }', {}, { session })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('times a session out after 30 minutes without use, and 10 hours after sign-in', async () => {
    const idle = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    const old = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    const fresh = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    const { hashToken } = await import('../../src/core/auth/session.service.js');
    const hashOf = (cookie: string) => hashToken(decodeURIComponent(cookie.split('=')[1]));
    await t.dataSource.query(`UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE token_hash = $1`, [hashOf(idle)]);
    await t.dataSource.query(
      `UPDATE user_session SET created_at = now() - interval '10 hours 1 minute', last_seen_at = now() WHERE token_hash = $1`,
      [hashOf(old)],
    );
    expect((await t.gql('{ viewer { id } }', {}, { session: idle })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql('{ viewer { id } }', {}, { session: old })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql('{ viewer { id } }', {}, { session: fresh })).data?.viewer).toBeTruthy();
  });

  it('refuses a new password that is too short, too long or common, and ends other sessions on change', async () => {
    const q = await createPanel(t.dataSource);
    const other = await t.signIn(q.users.OBSERVER.email, TEST_PASSWORD);
    const session = await t.signIn(q.users.OBSERVER.email, TEST_PASSWORD);
    const change = (newPassword: string, currentPassword = TEST_PASSWORD) =>
      t.gql('mutation($i: ChangePasswordInput!) { changePassword(input: $i) }', { i: { currentPassword, newPassword } }, { session });
    for (const bad of ['short', 'x'.repeat(129), 'qwerty123456', 'Password1234']) {
      const res = await change(bad);
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    }
    expect((await change('a new long passphrase', 'wrong current')).errors?.[0]?.extensions?.field).toBe('currentPassword');
    expect((await change('a new long passphrase')).data).toEqual({ changePassword: true });
    expect((await t.gql('{ viewer { id } }', {}, { session })).data?.viewer).toBeTruthy();
    expect((await t.gql('{ viewer { id } }', {}, { session: other })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(t.signIn(q.users.OBSERVER.email, 'a new long passphrase')).resolves.toMatch(/sentinel_session/);
  });

  it('refuses a request that could be a cross-site form post (CSRF prevention)', async () => {
    const request = (await import('supertest')).default;
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({ query: 'mutation { signOut }' }));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/signOut.*true/);
  });
});

describe('the system administrator', () => {
  let t: TestApp;
  let p: PanelFixture;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    await t.dataSource.query(
      `INSERT INTO app_user (email, name, password_hash, is_admin) VALUES ('admin.${p.panelId}@example.test', 'Admin', $1, true)`,
      [TEST_PASSWORD_HASH],
    );
  });
  afterAll(() => t.close());

  it('acts in every panel without being a member of it', async () => {
    const session = await t.signIn(`admin.${p.panelId}@example.test`, TEST_PASSWORD);
    const viewer = await t.gql<{ viewer: { memberships: { panelId: string; role: string | null; permissions: string[] }[] } }>(
      '{ viewer { memberships { panelId role permissions } } }',
      {},
      { session },
    );
    const entry = viewer.data?.viewer.memberships.find((m) => m.panelId === p.panelId);
    expect(entry).toMatchObject({ role: null });
    expect(entry?.permissions).toContain('member:manage');
    const members = await t.gql<{ members: { totalCount: number } }>(`{ members(panelId: "${p.panelId}") { totalCount } }`, {}, { session });
    expect(members.data?.members.totalCount).toBe(5);
  });
});
