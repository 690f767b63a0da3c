import { ACCOUNT_LINK_REFUSED, PASSWORD_RESET_REQUESTED } from '@sentinel/shared';
import { AccountService } from '../../src/core/auth/account.service.js';
import { startMailCatcher, type CaughtMail, type MailCatcher } from '../reminders/mail-catcher.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { nextIp, startTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

const PUBLIC_URL = 'https://sentinel.example.test';
const ADD = 'mutation($i: AddMemberInput!) { addMember(input: $i) { invitationSent member { id userId invited invitationExpiresAt } } }';
const AGAIN = 'mutation($id: ID!) { sendInvitationAgain(id: $id) { invitationSent member { id invited } } }';
const ACCEPT = 'mutation($i: SetPasswordByLinkInput!) { acceptInvitation(input: $i) { id email } }';
const REQUEST = 'mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }';
const RESET = 'mutation($i: SetPasswordByLinkInput!) { resetPassword(input: $i) { id email } }';
const NEW_PASSWORD = 'a long and private passphrase';

/** The token in a mail's link, from its fragment. */
function tokenIn(mail: CaughtMail, path: string): string {
  const match = new RegExp(`${PUBLIC_URL}${path}#([A-Za-z0-9_-]{43})`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  return match[1];
}

const code = (r: GqlResult) => r.errors?.[0]?.extensions?.code;

describe('invitations and password resets by email', () => {
  let t: TestApp;
  let mail: MailCatcher;
  let p: PanelFixture;
  let chair: string;
  let run = 0;
  let panelName: string;
  let chairName: string;
  const settled = () => t.app.get(AccountService).settled();
  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp({ SMTP_URL: mail.url, PUBLIC_URL });
    p = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    [{ name: panelName }] = await t.dataSource.query(`SELECT name FROM panel WHERE id = $1`, [p.panelId]);
    [{ name: chairName }] = await t.dataSource.query(`SELECT name FROM app_user WHERE id = $1`, [p.users.CHAIR.userId]);
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  async function invite(): Promise<{ email: string; userId: string; memberId: string }> {
    const email = `invited.${++run}.${p.panelId.slice(0, 8)}@example.test`;
    const res = await t.gql<{ addMember: { invitationSent: boolean; member: { id: string; userId: string } } }>(
      ADD,
      { i: { panelId: p.panelId, name: `Invited Person ${run}`, email, agencyId: p.agencies.HMRC, role: 'PARTNER_MEMBER' } },
      { session: chair },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.addMember.invitationSent).toBe(true);
    return { email, userId: res.data!.addMember.member.userId, memberId: res.data!.addMember.member.id };
  }

  it('mails an invitation that says who invited them, to which panel and until when, marked, with the token only in the fragment', async () => {
    const { email, userId } = await invite();
    const [message] = mail.to(email);
    expect(message.subject).toBe(`[OFFICIAL-SENSITIVE] You are invited to ${panelName} on Sentinel`);
    expect(message.text).toContain(`${chairName} has invited you to join ${panelName} on Sentinel.`);
    expect(message.text).toMatch(/expires in 7 days, on \w+day \d{1,2} \w+ \d{4} at \d\d:\d\d/);
    expect(message.text.startsWith('OFFICIAL-SENSITIVE')).toBe(true);
    const token = tokenIn(message, '/account/invitation');
    // Only the hash is kept: the token from the mail is nowhere in the table.
    const rows = await t.dataSource.query(`SELECT * FROM account_token WHERE user_id = $1`, [userId]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    const [logged] = await t.dataSource.query(`SELECT panel_id, kind, outcome FROM mail_message WHERE recipient = $1`, [email]);
    expect(logged).toEqual({ panel_id: p.panelId, kind: 'ACCOUNT_INVITATION', outcome: 'SENT' });
  });

  it('accepts the link once: the password is set, the person is signed in, and it is audited', async () => {
    const { email, userId } = await invite();
    const token = tokenIn(mail.to(email)[0], '/account/invitation');
    await expect(t.signIn(email, NEW_PASSWORD)).rejects.toThrow(/UNAUTHENTICATED/);

    const weak = await t.gql(ACCEPT, { i: { token, newPassword: 'short' } });
    expect(weak.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'newPassword' });

    const request = (await import('supertest')).default;
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('X-Forwarded-For', nextIp())
      .send({ query: ACCEPT, variables: { i: { token, newPassword: NEW_PASSWORD } } });
    expect(res.body).toEqual({ data: { acceptInvitation: { id: userId, email } } });
    const cookie = String(res.headers['set-cookie']).split(';')[0];
    expect((await t.gql('{ viewer { id } }', {}, { session: cookie })).data).toEqual({ viewer: { id: userId } });
    const [session] = await t.dataSource.query(`SELECT auth_method FROM user_session WHERE user_id = $1`, [userId]);
    expect(session.auth_method).toBe('PASSWORD');
    await t.signIn(email, NEW_PASSWORD);

    const used = await t.gql(ACCEPT, { i: { token, newPassword: 'another long passphrase' } });
    expect(code(used)).toBe('NOT_FOUND');
    expect(used.errors?.[0]?.message).toContain(ACCOUNT_LINK_REFUSED);
    const audit = await t.dataSource.query(
      `SELECT action, changes FROM audit_event WHERE entity_id = $1 AND action IN ('UPDATE', 'SIGN_IN') ORDER BY id`,
      [userId],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['UPDATE', 'SIGN_IN', 'SIGN_IN']);
    expect(JSON.stringify(audit[0].changes)).toContain('set from invitation');
    const member = await t.gql<{ members: { nodes: { email: string; invited: boolean; invitationExpiresAt: string | null }[] } }>(
      'query($p: ID!) { members(panelId: $p, limit: 100) { nodes { email invited invitationExpiresAt } } }',
      { p: p.panelId },
      { session: chair },
    );
    expect(member.data?.members.nodes.find((n) => n.email === email)).toEqual({ email, invited: false, invitationExpiresAt: null });
  });

  it('answers an unknown, a used, an expired and a replaced link alike', async () => {
    const { email, userId, memberId } = await invite();
    const first = tokenIn(mail.to(email)[0], '/account/invitation');
    const again = await t.gql<{ sendInvitationAgain: { invitationSent: boolean } }>(AGAIN, { id: memberId }, { session: chair });
    expect(again.data?.sendInvitationAgain.invitationSent).toBe(true);
    const second = tokenIn(mail.to(email)[1], '/account/invitation');
    const answers = [
      await t.gql(ACCEPT, { i: { token: 'x'.repeat(43), newPassword: NEW_PASSWORD } }),
      await t.gql(ACCEPT, { i: { token: first, newPassword: NEW_PASSWORD } }),
    ];
    await t.dataSource.query(`UPDATE account_token SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND used_at IS NULL`, [userId]);
    answers.push(await t.gql(ACCEPT, { i: { token: second, newPassword: NEW_PASSWORD } }));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(code(answers[0])).toBe('NOT_FOUND');
    const audit = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'AccountToken' AND changes::text LIKE $1`,
      [`%${userId}%`],
    );
    expect(audit[0].n).toBe(2);
  });

  it('tells a link’s page whether the link is still open, before a password is chosen, for its kind only', async () => {
    const { email, memberId } = await invite();
    const first = tokenIn(mail.to(email)[0], '/account/invitation');
    const open = async (kind: string, token: string) =>
      (await t.gql<{ accountLinkOpen: boolean }>('query($i: AccountLinkInput!) { accountLinkOpen(input: $i) }', { i: { kind, token } })).data
        ?.accountLinkOpen;
    expect(await open('INVITATION', first)).toBe(true);
    expect(await open('PASSWORD_RESET', first)).toBe(false);
    expect(await open('INVITATION', 'x'.repeat(43))).toBe(false);
    expect(await open('INVITATION', '')).toBe(false);
    await t.gql(AGAIN, { id: memberId }, { session: chair });
    const second = tokenIn(mail.to(email)[1], '/account/invitation');
    expect(await open('INVITATION', first)).toBe(false);
    expect(await open('INVITATION', second)).toBe(true);
    expect((await t.gql(ACCEPT, { i: { token: second, newPassword: NEW_PASSWORD } })).errors).toBeUndefined();
    expect(await open('INVITATION', second)).toBe(false);
  });

  it('sends an invitation again only to a member of a panel the caller manages who has not set a password', async () => {
    const other = await createPanel(t.dataSource);
    expect(code(await t.gql(AGAIN, { id: other.users.OBSERVER.membershipId }, { session: chair }))).toBe('NOT_FOUND');
    const partner = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    const { memberId } = await invite();
    expect(code(await t.gql(AGAIN, { id: memberId }, { session: partner }))).toBe('FORBIDDEN');
    const active = await t.gql(AGAIN, { id: p.users.OBSERVER.membershipId }, { session: chair });
    expect(active.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('answers a reset request the same whether or not the address has an account, and mails only an account', async () => {
    const known = p.users.COORDINATOR.email;
    const unknown = `nobody.${p.panelId.slice(0, 8)}@example.test`;
    const ip = nextIp();
    const a = await t.gql(REQUEST, { i: { email: known.toUpperCase() } }, { ip });
    const b = await t.gql(REQUEST, { i: { email: unknown } }, { ip });
    expect(a).toEqual(b);
    expect(a).toEqual({ data: { requestPasswordReset: true } });
    await settled();
    expect(mail.to(unknown)).toEqual([]);
    const [message] = mail.to(known);
    expect(message.subject).toBe('[OFFICIAL-SENSITIVE] Reset your Sentinel password');
    expect(message.text).toContain('for 30 minutes');
    expect(PASSWORD_RESET_REQUESTED).toContain('30 minutes');
    const [logged] = await t.dataSource.query(`SELECT panel_id, kind, outcome FROM mail_message WHERE recipient = $1 AND kind = 'PASSWORD_RESET'`, [
      known,
    ]);
    expect(logged).toEqual({ panel_id: null, kind: 'PASSWORD_RESET', outcome: 'SENT' });
    const [token] = await t.dataSource.query(
      `SELECT extract(epoch FROM expires_at - created_at)::int AS seconds FROM account_token WHERE user_id = $1 AND purpose = 'PASSWORD_RESET'`,
      [p.users.COORDINATOR.userId],
    );
    expect(token.seconds).toBe(30 * 60);
  });

  it('resets once with the link, ends every other session, audits it and signs the person in', async () => {
    const q = await createPanel(t.dataSource);
    const { email, userId } = q.users.POLICE_MEMBER;
    const before = [await t.signIn(email, TEST_PASSWORD), await t.signIn(email, TEST_PASSWORD)];
    await t.gql(REQUEST, { i: { email } }, { ip: nextIp() });
    await settled();
    const token = tokenIn(mail.to(email)[0], '/account/reset-password');
    const res = await t.gql(RESET, { i: { token, newPassword: NEW_PASSWORD } });
    expect(res).toEqual({ data: { resetPassword: { id: userId, email } } });
    for (const session of before) expect(code(await t.gql('{ viewer { id } }', {}, { session }))).toBe('UNAUTHENTICATED');
    await expect(t.signIn(email, TEST_PASSWORD)).rejects.toThrow(/UNAUTHENTICATED/);
    await t.signIn(email, NEW_PASSWORD);
    expect(code(await t.gql(RESET, { i: { token, newPassword: 'yet another passphrase' } }))).toBe('NOT_FOUND');
    const [audit] = await t.dataSource.query(`SELECT changes FROM audit_event WHERE entity_id = $1 AND action = 'UPDATE'`, [userId]);
    expect(JSON.stringify(audit.changes)).toContain('set from reset link');
  });

  it('refuses a reset link after 30 minutes', async () => {
    const q = await createPanel(t.dataSource);
    const { email, userId } = q.users.OBSERVER;
    await t.gql(REQUEST, { i: { email } }, { ip: nextIp() });
    await settled();
    const token = tokenIn(mail.to(email)[0], '/account/reset-password');
    await t.dataSource.query(`UPDATE account_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [userId]);
    expect(code(await t.gql(RESET, { i: { token, newPassword: NEW_PASSWORD } }))).toBe('NOT_FOUND');
    await t.signIn(email, TEST_PASSWORD);
  });

  it('sends nothing to a disabled account, and refuses its open links', async () => {
    const q = await createPanel(t.dataSource);
    const { email, userId } = q.users.PARTNER_MEMBER;
    await t.gql(REQUEST, { i: { email } }, { ip: nextIp() });
    await settled();
    const token = tokenIn(mail.to(email)[0], '/account/reset-password');
    await t.dataSource.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [userId]);
    expect(code(await t.gql(RESET, { i: { token, newPassword: NEW_PASSWORD } }))).toBe('NOT_FOUND');
    expect(await t.gql(REQUEST, { i: { email } }, { ip: nextIp() })).toEqual({ data: { requestPasswordReset: true } });
    await settled();
    expect(mail.to(email)).toHaveLength(1);
  });

  it('sends at most 3 reset links to an address in an hour, answering the same', async () => {
    const q = await createPanel(t.dataSource);
    const { email } = q.users.COORDINATOR;
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await t.gql(REQUEST, { i: { email } }, { ip: nextIp() }));
    await settled();
    expect(new Set(answers.map((a) => JSON.stringify(a)))).toEqual(new Set([JSON.stringify({ data: { requestPasswordReset: true } })]));
    expect(mail.to(email)).toHaveLength(3);
  });

  it('refuses a client address after 20 requests in 15 minutes', async () => {
    const ip = nextIp();
    const codes = [];
    for (let i = 0; i < 22; i++) codes.push(code(await t.gql(REQUEST, { i: { email: `flood.${i}.${run}@example.test` } }, { ip })) ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(20);
    expect(codes.slice(20)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });
});
