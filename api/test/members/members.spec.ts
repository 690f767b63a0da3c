import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ADD =
  'mutation($i: AddMemberInput!) { addMember(input: $i) { invitationSent member { id userId role version disabled invited invitationExpiresAt } } }';
const DISABLE = 'mutation($i: SetMemberDisabledInput!) { setMemberDisabled(input: $i) { id disabled version } }';
const LIST = `query($panelId: ID!, $limit: Int) { members(panelId: $panelId, limit: $limit) { totalCount nodes { name role agency { name isa { status } } } } }`;

describe('members', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  let p: PanelFixture;
  let other: PanelFixture;
  let chair: string;
  let partner: string;
  beforeAll(async () => {
    t = await startTestApp({}, sql);
    p = await createPanel(t.dataSource);
    other = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    partner = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('rejects the unauthenticated', async () => {
    expect((await t.gql(LIST, { panelId: p.panelId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("hides other panels' members exactly like missing ones", async () => {
    const foreign = await t.gql(`{ member(id: "${other.users.CHAIR.membershipId}") { id } }`, {}, { session: chair });
    const missing = await t.gql(`{ member(id: "00000000-0000-4000-8000-000000000000") { id } }`, {}, { session: chair });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const disable = await t.gql(DISABLE, { i: { id: other.users.OBSERVER.membershipId, disabled: true, version: 1 } }, { session: chair });
    expect(disable.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets a partner see the members but not add one', async () => {
    const list = await t.gql<{ members: { totalCount: number } }>(LIST, { panelId: p.panelId }, { session: partner });
    expect(list.data?.members.totalCount).toBe(5);
    const add = await t.gql(
      ADD,
      { i: { panelId: p.panelId, name: 'New Person', email: 'new.person@example.test', agencyId: p.agencies.HMRC, role: 'PARTNER_MEMBER' } },
      { session: partner },
    );
    expect(add.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('adds a member with no password and an invitation, and audits it', async () => {
    const q = await createPanel(t.dataSource);
    const qChair = await t.signIn(q.users.CHAIR.email, TEST_PASSWORD);
    const email = `added.${q.panelId.slice(0, 8)}@example.test`;
    const res = await t.gql<{
      addMember: { invitationSent: boolean; member: { userId: string; id: string; invited: boolean; invitationExpiresAt: string | null } };
    }>(ADD, { i: { panelId: q.panelId, name: 'Added Person', email, agencyId: q.agencies.HMRC, role: 'PARTNER_MEMBER' } }, { session: qChair });
    expect(res.errors).toBeUndefined();
    const { invitationSent, member } = res.data!.addMember;
    // No mail server is set here: the invitation is made and kept in the mail log as not sent.
    expect(invitationSent).toBe(false);
    expect(member.invited).toBe(true);
    const days = (Date.parse(member.invitationExpiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const [user] = await t.dataSource.query(`SELECT password_hash FROM app_user WHERE id = $1`, [member.userId]);
    expect(user.password_hash).toBeNull();
    const [token] = await t.dataSource.query(`SELECT id FROM account_token WHERE user_id = $1 AND purpose = 'INVITATION'`, [member.userId]);
    const audit = await t.dataSource.query(
      `SELECT entity_type, action FROM audit_event WHERE entity_id IN ($1, $2, $3) AND action = 'CREATE' ORDER BY entity_type`,
      [member.userId, member.id, token.id],
    );
    expect(audit).toEqual([
      { entity_type: 'AccountToken', action: 'CREATE' },
      { entity_type: 'Membership', action: 'CREATE' },
      { entity_type: 'User', action: 'CREATE' },
    ]);
    const again = await t.gql(
      ADD,
      { i: { panelId: q.panelId, name: 'Added Again', email: email.toUpperCase(), agencyId: q.agencies.HMRC, role: 'OBSERVER' } },
      { session: qChair },
    );
    expect(again.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'email' });
    const foreignAgency = await t.gql(
      ADD,
      { i: { panelId: q.panelId, name: 'Wrong Agency', email: 'wrong.agency@example.test', agencyId: other.agencies.HMRC, role: 'OBSERVER' } },
      { session: qChair },
    );
    expect(foreignAgency.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'agencyId' });
  });

  it('ends every session of a member at once when they are disabled', async () => {
    const q = await createPanel(t.dataSource);
    const qChair = await t.signIn(q.users.CHAIR.email, TEST_PASSWORD);
    const s1 = await t.signIn(q.users.OBSERVER.email, TEST_PASSWORD);
    const s2 = await t.signIn(q.users.OBSERVER.email, TEST_PASSWORD);
    const res = await t.gql(DISABLE, { i: { id: q.users.OBSERVER.membershipId, disabled: true, version: 1 } }, { session: qChair });
    expect(res.data).toEqual({ setMemberDisabled: { id: q.users.OBSERVER.membershipId, disabled: true, version: 2 } });
    for (const s of [s1, s2]) {
      expect((await t.gql('{ viewer { id } }', {}, { session: s })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    await expect(t.signIn(q.users.OBSERVER.email, TEST_PASSWORD)).rejects.toThrow(/UNAUTHENTICATED/);
    const stale = await t.gql(DISABLE, { i: { id: q.users.OBSERVER.membershipId, disabled: false, version: 1 } }, { session: qChair });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toContain(': Status changed.');
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', changedFields: ['disabled'] });
    const self = await t.gql(DISABLE, { i: { id: q.users.CHAIR.membershipId, disabled: true, version: 1 } }, { session: qChair });
    expect(self.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists members with their agencies in the same number of statements for 5 and for 40 members', async () => {
    const big = await createPanel(t.dataSource);
    const bigChair = await t.signIn(big.users.CHAIR.email, TEST_PASSWORD);
    const count = async () => {
      sql.count = 0;
      const res = await t.gql<{ members: { nodes: unknown[] } }>(LIST, { panelId: big.panelId, limit: 100 }, { session: bigChair });
      expect(res.errors).toBeUndefined();
      return { statements: sql.count, rows: res.data!.members.nodes.length };
    };
    const small = await count();
    const agencyIds = Object.values(big.agencies);
    for (let i = 0; i < 35; i++) {
      const [u] = await t.dataSource.query(`INSERT INTO app_user (email, name, agency_id) VALUES ($1, $2, $3) RETURNING id`, [
        `bulk${i}.${big.panelId}@example.test`,
        `Bulk ${i}`,
        agencyIds[i % agencyIds.length],
      ]);
      await t.dataSource.query(`INSERT INTO membership (panel_id, user_id, role) VALUES ($1, $2, 'OBSERVER')`, [big.panelId, u.id]);
    }
    const large = await count();
    expect(small.rows).toBe(5);
    expect(large.rows).toBe(40);
    expect(large.statements).toBe(small.statements);
  });

  it('refuses a page larger than 100 rows with the field named', async () => {
    const res = await t.gql(LIST, { panelId: p.panelId, limit: 101 }, { session: chair });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'limit' });
  });
});
