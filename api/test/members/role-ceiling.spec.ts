import { randomUUID } from 'node:crypto';
import { PANEL_ROLES, type PanelRole } from '@sentinel/shared';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { nextIp, startTestApp, type TestApp } from '../support/test-app.js';
import { ADD, addTarget, CHAIR_ACCESS_REFUSED, CHAIR_ROLE_REFUSED, CHANGE_ROLE, createAdmin, panelState, SET_DISABLED } from './member-fixtures.js';

type Actor = 'CHAIR' | 'COORDINATOR' | 'ADMIN';
const ACTORS: Actor[] = ['CHAIR', 'COORDINATOR', 'ADMIN'];

/** The ceiling as the panel's rules state it, written out here rather than taken from the code under test. */
const allowed = (actor: Actor, ...roles: PanelRole[]) => actor !== 'COORDINATOR' || !roles.includes('CHAIR');

const cross = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] => as.flatMap((a) => bs.map((b) => [a, b] as [A, B]));

describe('the role ceiling on every member mutation', () => {
  let t: TestApp;
  let p: PanelFixture;
  const session = {} as Record<Actor, string>;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    session.CHAIR = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD, nextIp());
    session.COORDINATOR = await t.signIn(p.users.COORDINATOR.email, TEST_PASSWORD, nextIp());
    session.ADMIN = await t.signIn(await createAdmin(t.dataSource), TEST_PASSWORD, nextIp());
  }, 60_000);
  afterAll(() => t.close());

  /** Sends the mutation and, when it is refused, proves that nothing about the panel changed. */
  async function attempt(actor: Actor, query: string, input: Record<string, unknown>) {
    const before = await panelState(t.dataSource, p.panelId);
    const res = await t.gql<Record<string, { role?: string; disabled?: boolean; member?: { role: string } }>>(
      query,
      { i: input },
      { session: session[actor] },
    );
    if (res.errors) expect(await panelState(t.dataSource, p.panelId)).toEqual(before);
    return res;
  }

  it.each(cross(ACTORS, PANEL_ROLES))('addMember: %s adds a %s', async (actor, role) => {
    const email = `added.${randomUUID().slice(0, 12)}@example.test`;
    const res = await attempt(actor, ADD, { panelId: p.panelId, name: 'Added Person', email, agencyId: p.agencies.HMRC, role });
    const accounts = await t.dataSource.query(`SELECT 1 FROM app_user WHERE email = $1`, [email]);
    if (allowed(actor, role)) {
      expect(res.errors).toBeUndefined();
      expect(res.data?.addMember.member?.role).toBe(role);
      expect(accounts).toHaveLength(1);
    } else {
      expect(res.errors?.[0]).toMatchObject({ message: CHAIR_ROLE_REFUSED, extensions: { code: 'FORBIDDEN' } });
      expect(res.data).toBeNull();
      expect(accounts).toHaveLength(0);
    }
  });

  const roleChanges = cross(ACTORS, cross(PANEL_ROLES, PANEL_ROLES)).map(([actor, [from, to]]) => [actor, from, to] as const);
  it.each(roleChanges)('changeMemberRole: %s changes a %s to %s', async (actor, from, to) => {
    const target = await addTarget(t.dataSource, p, from);
    const res = await attempt(actor, CHANGE_ROLE, { id: target.membershipId, role: to, version: 1 });
    const [row] = await t.dataSource.query(`SELECT role, version FROM membership WHERE id = $1`, [target.membershipId]);
    if (allowed(actor, from, to)) {
      expect(res.errors).toBeUndefined();
      expect(row).toEqual({ role: to, version: 2 });
    } else {
      expect(res.errors?.[0]).toMatchObject({ message: CHAIR_ROLE_REFUSED, extensions: { code: 'FORBIDDEN' } });
      expect(row).toEqual({ role: from, version: 1 });
    }
  });

  it.each(
    cross(ACTORS, cross(PANEL_ROLES, [true, false])).map(
      ([actor, [role, disable]]) => [actor, disable ? 'disables' : 'enables', role, disable] as const,
    ),
  )('setMemberDisabled: %s %s a %s', async (actor, _verb, role, disable) => {
    const target = await addTarget(t.dataSource, p, role, { disabled: !disable });
    const res = await attempt(actor, SET_DISABLED, { id: target.membershipId, disabled: disable, version: 1 });
    const [row] = await t.dataSource.query(`SELECT disabled_at IS NOT NULL AS disabled FROM app_user WHERE id = $1`, [target.userId]);
    if (allowed(actor, role)) {
      expect(res.errors).toBeUndefined();
      expect(res.data?.setMemberDisabled.disabled).toBe(disable);
      expect(row.disabled).toBe(disable);
    } else {
      expect(res.errors?.[0]).toMatchObject({ message: CHAIR_ACCESS_REFUSED, extensions: { code: 'FORBIDDEN' } });
      expect(row.disabled).toBe(!disable);
    }
  });

  it('refuses members below coordinator any member change, as before', async () => {
    const police = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD, nextIp());
    const target = await addTarget(t.dataSource, p, 'OBSERVER');
    const before = await panelState(t.dataSource, p.panelId);
    const res = await t.gql(CHANGE_ROLE, { i: { id: target.membershipId, role: 'POLICE_MEMBER', version: 1 } }, { session: police });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await panelState(t.dataSource, p.panelId)).toEqual(before);
  });

  it('keeps a coordinator of one panel off the account of someone who chairs another', async () => {
    const other = await createPanel(t.dataSource);
    // The chair of the other panel also sits on this one as an observer.
    const [m] = await t.dataSource.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, 'OBSERVER') RETURNING id`, [
      p.panelId,
      other.users.CHAIR.userId,
    ]);
    const before = await panelState(t.dataSource, p.panelId);
    const res = await t.gql(SET_DISABLED, { i: { id: m.id, disabled: true, version: 1 } }, { session: session.COORDINATOR });
    expect(res.errors?.[0]).toMatchObject({ message: CHAIR_ACCESS_REFUSED, extensions: { code: 'FORBIDDEN' } });
    expect(await panelState(t.dataSource, p.panelId)).toEqual(before);
    const [{ disabled }] = await t.dataSource.query(`SELECT disabled_at IS NOT NULL AS disabled FROM app_user WHERE id = $1`, [
      other.users.CHAIR.userId,
    ]);
    expect(disabled).toBe(false);
  });
});
