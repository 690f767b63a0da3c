import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { nextIp, startTestApp, type TestApp } from '../support/test-app.js';
import { addTarget, chairsOf, CHANGE_ROLE, createAdmin, LAST_CHAIR_REFUSED, panelState, SET_DISABLED } from './member-fixtures.js';

describe('the last chair of a panel', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn(await createAdmin(t.dataSource), TEST_PASSWORD, nextIp());
  }, 60_000);
  afterAll(() => t.close());

  const demote = (membershipId: string, session: string) =>
    t.gql(CHANGE_ROLE, { i: { id: membershipId, role: 'COORDINATOR', version: 1 } }, { session });
  const disable = (membershipId: string, session: string) =>
    t.gql(SET_DISABLED, { i: { id: membershipId, disabled: true, version: 1 } }, { session });

  async function expectRefused(
    p: PanelFixture,
    run: () => Promise<{ errors?: { message: string; extensions?: { code?: string } }[] }>,
    code: string,
    message?: string,
  ) {
    const before = await panelState(t.dataSource, p.panelId);
    const res = await run();
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    if (message) expect(res.errors?.[0]?.message).toBe(message);
    expect(await panelState(t.dataSource, p.panelId)).toEqual(before);
  }

  it('cannot be demoted or disabled by the system administrator', async () => {
    const p = await createPanel(t.dataSource);
    await expectRefused(p, () => demote(p.users.CHAIR.membershipId, admin), 'FORBIDDEN', LAST_CHAIR_REFUSED);
    await expectRefused(p, () => disable(p.users.CHAIR.membershipId, admin), 'FORBIDDEN', LAST_CHAIR_REFUSED);
    expect(await chairsOf(t.dataSource, p.panelId)).toEqual({ active: 1, all: 1 });
  });

  it('cannot demote or disable themselves', async () => {
    const p = await createPanel(t.dataSource);
    const chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD, nextIp());
    await expectRefused(p, () => demote(p.users.CHAIR.membershipId, chair), 'BAD_USER_INPUT');
    await expectRefused(p, () => disable(p.users.CHAIR.membershipId, chair), 'BAD_USER_INPUT');
  });

  it('cannot be demoted or disabled by a coordinator', async () => {
    const p = await createPanel(t.dataSource);
    const coordinator = await t.signIn(p.users.COORDINATOR.email, TEST_PASSWORD, nextIp());
    await expectRefused(p, () => demote(p.users.CHAIR.membershipId, coordinator), 'FORBIDDEN');
    await expectRefused(p, () => disable(p.users.CHAIR.membershipId, coordinator), 'FORBIDDEN');
  });

  it('is not covered by a second chair who is disabled', async () => {
    const p = await createPanel(t.dataSource);
    await addTarget(t.dataSource, p, 'CHAIR', { disabled: true });
    await expectRefused(p, () => demote(p.users.CHAIR.membershipId, admin), 'FORBIDDEN', LAST_CHAIR_REFUSED);
    await expectRefused(p, () => disable(p.users.CHAIR.membershipId, admin), 'FORBIDDEN', LAST_CHAIR_REFUSED);
  });

  it('can be demoted or disabled once a second chair exists, by that chair or the administrator, down to one', async () => {
    const p = await createPanel(t.dataSource);
    const second = await addTarget(t.dataSource, p, 'CHAIR');
    const chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD, nextIp());
    expect((await demote(second.membershipId, chair)).errors).toBeUndefined();
    expect(await chairsOf(t.dataSource, p.panelId)).toEqual({ active: 1, all: 1 });
    await expectRefused(p, () => demote(p.users.CHAIR.membershipId, admin), 'FORBIDDEN', LAST_CHAIR_REFUSED);

    const q = await createPanel(t.dataSource);
    const third = await addTarget(t.dataSource, q, 'CHAIR');
    expect((await disable(q.users.CHAIR.membershipId, admin)).errors).toBeUndefined();
    expect(await chairsOf(t.dataSource, q.panelId)).toEqual({ active: 1, all: 2 });
    await expectRefused(q, () => disable(third.membershipId, admin), 'FORBIDDEN', LAST_CHAIR_REFUSED);
  });

  it("cannot be disabled through another panel they sit on, even by that panel's chair", async () => {
    const p = await createPanel(t.dataSource);
    const other = await createPanel(t.dataSource);
    const [m] = await t.dataSource.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, 'OBSERVER') RETURNING id`, [
      other.panelId,
      p.users.CHAIR.userId,
    ]);
    const otherChair = await t.signIn(other.users.CHAIR.email, TEST_PASSWORD, nextIp());
    await expectRefused(other, () => disable(m.id, otherChair), 'FORBIDDEN');
    expect(await chairsOf(t.dataSource, p.panelId)).toEqual({ active: 1, all: 1 });
  });

  // Both requests are sent at once, several times over: without the locks each sees the other chair still in
  // place and both succeed.
  it.each([
    ['demote', demote],
    ['disable', disable],
  ] as const)('survives two chairs who %s each other at the same moment', async (_name, act) => {
    for (let round = 0; round < 6; round++) {
      const p = await createPanel(t.dataSource);
      const second = await addTarget(t.dataSource, p, 'CHAIR');
      await t.dataSource.query(`UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE id = $1) WHERE id = $2`, [
        p.users.CHAIR.userId,
        second.userId,
      ]);
      const a = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD, nextIp());
      const b = await t.signIn(second.email, TEST_PASSWORD, nextIp());
      const results = await Promise.all([act(second.membershipId, a), act(p.users.CHAIR.membershipId, b)]);
      const refused = results.filter((r) => r.errors);
      expect(results.length - refused.length).toBe(1);
      // The later request is refused by the last-chair rule, or finds its own session already ended or its role gone.
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(refused[0].errors?.[0]?.extensions?.code);
      expect(await chairsOf(t.dataSource, p.panelId)).toMatchObject({ active: 1 });
    }
  });
});
