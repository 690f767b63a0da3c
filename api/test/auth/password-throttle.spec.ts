import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import argon2 from 'argon2';
import { createPanel, TEST_PASSWORD } from '../support/fixtures.js';
import { nextIp, startTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { id } }';
const CHANGE = 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }';

function codes(results: GqlResult[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) {
    const code = r.errors?.[0]?.extensions?.code ?? 'OK';
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

/** Every password the API checks goes through argon2.verify: counting its calls counts the guesses that got through. */
describe('password guessing, under concurrent requests', () => {
  let t: TestApp;
  const verify = jest.spyOn(argon2, 'verify');
  beforeAll(async () => {
    t = await startTestApp();
    // Listening once: otherwise every concurrent request would open and close the server on its own port.
    await t.listen();
  });
  afterAll(async () => {
    verify.mockRestore();
    await t.close();
  });

  it('checks at most 10 of 40 simultaneous wrong passwords for one account, each from its own address', async () => {
    const { users } = await createPanel(t.dataSource);
    const email = users.OBSERVER.email;
    verify.mockClear();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => t.gql(SIGN_IN, { i: { email, password: `wrong guess ${i}` } }, { ip: nextIp() })),
    );
    expect(verify).toHaveBeenCalledTimes(10);
    expect(codes(results)).toEqual({ UNAUTHENTICATED: 10, RATE_LIMITED: 30 });
    const right = await t.gql(SIGN_IN, { i: { email, password: TEST_PASSWORD } }, { ip: nextIp() });
    expect(right.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('checks at most 30 of 40 simultaneous wrong passwords from one address, across accounts, then slows it', async () => {
    const ip = nextIp();
    const run = randomUUID().slice(0, 8);
    verify.mockClear();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => t.gql(SIGN_IN, { i: { email: `guess${i}.${run}@example.test`, password: 'wrong guess' } }, { ip })),
    );
    expect(verify).toHaveBeenCalledTimes(30);
    expect(codes(results)).toEqual({ UNAUTHENTICATED: 30, RATE_LIMITED: 10 });
  });

  it('does not count a successful sign-in as a failure', async () => {
    const { users } = await createPanel(t.dataSource);
    const email = users.CHAIR.email;
    const attempt = (password: string) => t.gql(SIGN_IN, { i: { email, password } }, { ip: nextIp() });
    for (let i = 0; i < 9; i++) expect((await attempt(`wrong guess ${i}`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await attempt(TEST_PASSWORD)).errors).toBeUndefined();
    expect((await attempt('the tenth wrong guess')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await attempt(TEST_PASSWORD)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('checks 5 of 40 simultaneous wrong current passwords from one session, then ends that session', async () => {
    const { users } = await createPanel(t.dataSource);
    const { userId, email } = users.COORDINATOR;
    const session = await t.signIn(email, TEST_PASSWORD);
    verify.mockClear();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.gql(CHANGE, { i: { currentPassword: `wrong guess ${i}`, newPassword: 'a brand new passphrase' } }, { session }),
      ),
    );
    expect(verify).toHaveBeenCalledTimes(5);
    const counts = codes(results);
    expect(counts.BAD_USER_INPUT).toBe(5);
    expect(counts.RATE_LIMITED).toBeGreaterThan(0);
    expect(counts.BAD_USER_INPUT + counts.RATE_LIMITED + (counts.UNAUTHENTICATED ?? 0)).toBe(40);
    expect((await t.gql('{ viewer { id } }', {}, { session })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const ended: { end_reason: string }[] = await t.dataSource.query(
      `SELECT end_reason FROM user_session WHERE user_id = $1 AND ended_at IS NOT NULL`,
      [userId],
    );
    expect(ended).toEqual([{ end_reason: 'WRONG_PASSWORDS' }]);
    const signOuts: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'SIGN_OUT'`,
      [userId],
    );
    expect(signOuts[0].n).toBe(1);
  });

  it('refuses a password change, even with the right current password, until the 15 minutes have passed', async () => {
    const { users } = await createPanel(t.dataSource);
    const { userId, email } = users.POLICE_MEMBER;
    const change = (session: string, currentPassword: string) =>
      t.gql(CHANGE, { i: { currentPassword, newPassword: 'a brand new passphrase' } }, { session });
    const first = await t.signIn(email, TEST_PASSWORD);
    for (let i = 0; i < 5; i++) {
      expect((await change(first, `wrong guess ${i}`)).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    }
    const second = await t.signIn(email, TEST_PASSWORD);
    expect((await change(second, TEST_PASSWORD)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    await t.dataSource.query(`UPDATE password_change_attempt SET at = at - interval '16 minutes' WHERE user_id = $1`, [userId]);
    const third = await t.signIn(email, TEST_PASSWORD);
    expect((await change(third, TEST_PASSWORD)).data).toEqual({ changePassword: true });
  });

  it('uses up no guess on a new password it refuses before checking the current one', async () => {
    const { users } = await createPanel(t.dataSource);
    const session = await t.signIn(users.OBSERVER.email, TEST_PASSWORD);
    verify.mockClear();
    for (let i = 0; i < 8; i++) {
      const res = await t.gql(CHANGE, { i: { currentPassword: `wrong guess ${i}`, newPassword: 'short' } }, { session });
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    }
    expect(verify).not.toHaveBeenCalled();
  });
});
