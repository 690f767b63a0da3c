import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { nextIp, startTestApp, type TestApp } from '../support/test-app.js';
import { codeAt, CONFIRM, enrol, START, STATE, VERIFY } from './second-factor-support.js';

const MEMBERS = `query($panelId: ID!) { members(panelId: $panelId) { totalCount } }`;
const REGENERATE = 'mutation($p: SecondFactorProofInput!) { regenerateRecoveryCodes(proof: $p) { codes } }';
const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

describe('the second factor', () => {
  let t: TestApp;
  let p: PanelFixture;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
  });
  afterAll(() => t.close());

  const passwordOnly = (email: string) => t.signInPasswordOnly(email, TEST_PASSWORD, nextIp());

  it('is enrolled only once a code from the new app confirms it, and the secret is encrypted at rest', async () => {
    const session = await passwordOnly(p.users.CHAIR.email);
    expect((await t.gql(STATE, {}, { session })).data).toEqual({ viewer: { secondFactor: { enrolled: false, required: true, verified: false } } });
    expect(code(await t.gql(MEMBERS, { panelId: p.panelId }, { session }))).toBe('SECOND_FACTOR_REQUIRED');

    const started = await t.gql<{ startSecondFactorEnrolment: { secret: string; uri: string; qrCodeSvg: string } }>(START, {}, { session });
    const { secret, uri, qrCodeSvg } = started.data!.startSecondFactorEnrolment;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(uri).toBe(
      `otpauth://totp/Sentinel:${encodeURIComponent(p.users.CHAIR.email)}?issuer=Sentinel&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    );
    expect(qrCodeSvg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);

    const wrong = String((Number(codeAt(secret)) + 500_000) % 1_000_000).padStart(6, '0');
    const refused = await t.gql(CONFIRM, { i: { code: wrong } }, { session });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect((await t.gql(STATE, {}, { session })).data).toEqual({ viewer: { secondFactor: { enrolled: false, required: true, verified: false } } });

    const confirmed = await t.gql<{ confirmSecondFactorEnrolment: { codes: string[] } }>(CONFIRM, { i: { code: codeAt(secret) } }, { session });
    const codes = confirmed.data!.confirmSecondFactorEnrolment.codes;
    expect(codes).toHaveLength(10);
    for (const c of codes) expect(c).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{5}-[ACDEFGHJKMNPQRTUVWXY34679]{5}$/);
    expect((await t.gql(STATE, {}, { session })).data).toEqual({ viewer: { secondFactor: { enrolled: true, required: true, verified: true } } });
    expect(code(await t.gql(MEMBERS, { panelId: p.panelId }, { session }))).toBeUndefined();

    const [stored] = await t.dataSource.query(`SELECT t::text AS row FROM user_second_factor t WHERE user_id = $1`, [p.users.CHAIR.userId]);
    expect(stored.row).not.toContain(secret);
    expect(stored.row).toMatch(/v1:/);
    const hashes: { row: string }[] = await t.dataSource.query(`SELECT t::text AS row FROM second_factor_recovery_code t WHERE user_id = $1`, [
      p.users.CHAIR.userId,
    ]);
    expect(hashes).toHaveLength(10);
    const all = hashes.map((h) => h.row).join('\n');
    for (const c of codes) {
      expect(all).not.toContain(c);
      expect(all).not.toContain(c.replace('-', ''));
    }
    const [audit] = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_type = 'SecondFactor' AND entity_id = $1`, [
      p.users.CHAIR.userId,
    ]);
    expect(audit).toEqual({ action: 'CREATE' });
  });

  it('accepts a code once, refuses it on replay and refuses a code two steps old', async () => {
    const { secret } = await enrol(t, await passwordOnly(p.users.POLICE_MEMBER.email));
    // The enrolment used the current step: the next code the app shows is the next step's.
    const now = Date.now();
    const next = codeAt(secret, now + 30_000);

    const first = await passwordOnly(p.users.POLICE_MEMBER.email);
    expect((await t.gql(STATE, {}, { session: first })).data).toEqual({
      viewer: { secondFactor: { enrolled: true, required: true, verified: false } },
    });
    expect(code(await t.gql(MEMBERS, { panelId: p.panelId }, { session: first }))).toBe('SECOND_FACTOR_REQUIRED');
    expect((await t.gql(VERIFY, { i: { code: next } }, { session: first })).data).toEqual({
      verifySecondFactor: { verified: true, recoveryCodesLeft: null },
    });
    expect(code(await t.gql(MEMBERS, { panelId: p.panelId }, { session: first }))).toBeUndefined();

    const second = await passwordOnly(p.users.POLICE_MEMBER.email);
    const replayed = await t.gql(VERIFY, { i: { code: next } }, { session: second });
    expect(replayed.errors?.[0]).toMatchObject({
      message: 'This code has already been used. Wait for your app to show a new code',
      extensions: { code: 'BAD_USER_INPUT', field: 'code' },
    });
    const old = await t.gql(VERIFY, { i: { code: codeAt(secret, now - 60_000) } }, { session: second });
    expect(old.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(old.errors?.[0]?.message).toMatch(/^The code is not right/);
    expect(code(await t.gql(MEMBERS, { panelId: p.panelId }, { session: second }))).toBe('SECOND_FACTOR_REQUIRED');
  });

  it('takes each recovery code once, telling how many are left', async () => {
    const { codes } = await enrol(t, await passwordOnly(p.users.PARTNER_MEMBER.email));
    const first = await passwordOnly(p.users.PARTNER_MEMBER.email);
    const used = await t.gql(VERIFY, { i: { recoveryCode: codes[3].toLowerCase().replace('-', ' ') } }, { session: first });
    expect(used.data).toEqual({ verifySecondFactor: { verified: true, recoveryCodesLeft: 9 } });
    expect(code(await t.gql(MEMBERS, { panelId: p.panelId }, { session: first }))).toBeUndefined();

    const second = await passwordOnly(p.users.PARTNER_MEMBER.email);
    const again = await t.gql(VERIFY, { i: { recoveryCode: codes[3] } }, { session: second });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recoveryCode' });
    expect((await t.gql(VERIFY, { i: { recoveryCode: codes[4] } }, { session: second })).data).toEqual({
      verifySecondFactor: { verified: true, recoveryCodesLeft: 8 },
    });
  });

  it('ends the session at the fifth wrong code', async () => {
    const { secret } = await enrol(t, await passwordOnly(p.users.COORDINATOR.email));
    const session = await passwordOnly(p.users.COORDINATOR.email);
    const wrong = String((Number(codeAt(secret)) + 1) % 1_000_000).padStart(6, '0');
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++) answers.push(code(await t.gql(VERIFY, { i: { code: wrong } }, { session })));
    expect(answers).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'RATE_LIMITED']);
    expect(code(await t.gql(STATE, {}, { session }))).toBe('UNAUTHENTICATED');
    const [ended] = await t.dataSource.query(
      `SELECT end_reason FROM user_session WHERE user_id = $1 AND ended_at IS NOT NULL ORDER BY ended_at DESC LIMIT 1`,
      [p.users.COORDINATOR.userId],
    );
    expect(ended).toEqual({ end_reason: 'WRONG_CODES' });
  });

  it('asks nothing more of a person who needs no second factor and has none', async () => {
    // The observer's agency (Trading Standards) has no agreement covering personal data.
    const session = await passwordOnly(p.users.OBSERVER.email);
    expect((await t.gql(STATE, {}, { session })).data).toEqual({ viewer: { secondFactor: { enrolled: false, required: false, verified: false } } });
    expect(code(await t.gql(MEMBERS, { panelId: p.panelId }, { session }))).toBeUndefined();
  });

  it('gives new recovery codes with the password, and the old ones stop working', async () => {
    const q = await createPanel(t.dataSource);
    const session = await passwordOnly(q.users.CHAIR.email);
    const { codes } = await enrol(t, session);
    const refused = await t.gql(REGENERATE, { p: { currentPassword: 'not the password' } }, { session });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const renewed = await t.gql<{ regenerateRecoveryCodes: { codes: string[] } }>(REGENERATE, { p: { currentPassword: TEST_PASSWORD } }, { session });
    const fresh = renewed.data!.regenerateRecoveryCodes.codes;
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(codes[0]);

    const later = await passwordOnly(q.users.CHAIR.email);
    expect(code(await t.gql(VERIFY, { i: { recoveryCode: codes[0] } }, { session: later }))).toBe('BAD_USER_INPUT');
    expect((await t.gql(VERIFY, { i: { recoveryCode: fresh[0] } }, { session: later })).data).toEqual({
      verifySecondFactor: { verified: true, recoveryCodesLeft: 9 },
    });
    const audits: { changes: Record<string, unknown> }[] = await t.dataSource.query(
      `SELECT changes FROM audit_event WHERE entity_type = 'SecondFactor' AND entity_id = $1 AND action = 'UPDATE'`,
      [q.users.CHAIR.userId],
    );
    expect(audits.map((a) => a.changes)).toEqual(expect.arrayContaining([{ recoveryCodes: ['previous', 'regenerated'] }]));
  });

  it('replaces an app only with proof, while the session is complete', async () => {
    const q = await createPanel(t.dataSource);
    const { secret } = await enrol(t, await passwordOnly(q.users.CHAIR.email));
    const pending = await passwordOnly(q.users.CHAIR.email);
    expect(code(await t.gql(START, { p: { currentPassword: TEST_PASSWORD } }, { session: pending }))).toBe('SECOND_FACTOR_REQUIRED');
    const session = await passwordOnly(q.users.CHAIR.email);
    await t.gql(VERIFY, { i: { code: codeAt(secret, Date.now() + 30_000) } }, { session });
    expect(code(await t.gql(START, {}, { session }))).toBe('BAD_USER_INPUT');
    const started = await t.gql<{ startSecondFactorEnrolment: { secret: string } }>(START, { p: { currentPassword: TEST_PASSWORD } }, { session });
    const replacement = started.data!.startSecondFactorEnrolment.secret;
    expect((await t.gql(CONFIRM, { i: { code: codeAt(replacement) } }, { session })).data).toBeTruthy();
    // The session that gave the old app's code is ended: it was proved with an app no longer set up.
    expect(code(await t.gql(STATE, {}, { session: pending }))).toBe('UNAUTHENTICATED');
    expect((await t.gql(STATE, {}, { session })).data).toEqual({ viewer: { secondFactor: { enrolled: true, required: true, verified: true } } });
  });
});
