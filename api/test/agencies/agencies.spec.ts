import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const FIELDS = 'id name kind tacticHeadings version isa { reference signedOn expiresOn coversPersonalData status allowsPersonalData }';
const UPDATE = `mutation($i: UpdateAgencyInput!) { updateAgency(input: $i) { ${FIELDS} } }`;
const CREATE = `mutation($i: CreateAgencyInput!) { createAgency(input: $i) { ${FIELDS} } }`;

describe('agencies', () => {
  let t: TestApp;
  let p: PanelFixture;
  let other: PanelFixture;
  let chair: string;
  let partner: string;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    other = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    partner = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const auditCount = async (entityId: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1`, [entityId]))[0].n as number;

  const input = (over: Record<string, unknown> = {}) => ({
    name: 'Northmoor Council - Licensing',
    kind: 'LOCAL_AUTHORITY_SERVICE',
    tacticHeadings: ['BUSINESS'],
    isaReference: 'ISA-77',
    isaSignedOn: '2025-04-01',
    isaExpiresOn: '2027-03-31',
    isaCoversPersonalData: true,
    ...over,
  });

  it('rejects the unauthenticated', async () => {
    const res = await t.gql(`{ agencies(panelId: "${p.panelId}") { totalCount } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("hides other panels' agencies exactly like missing ones", async () => {
    const foreign = await t.gql(`{ agency(id: "${other.agencies.HMRC}") { id name } }`, {}, { session: partner });
    const missing = await t.gql(`{ agency(id: "00000000-0000-4000-8000-000000000000") { id name } }`, {}, { session: partner });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const list = await t.gql(`{ agencies(panelId: "${other.panelId}") { totalCount } }`, {}, { session: partner });
    expect(list.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lists the panel’s agencies to a partner, with paging', async () => {
    const res = await t.gql<{ agencies: { totalCount: number; nodes: { name: string; memberCount: number }[] } }>(
      `{ agencies(panelId: "${p.panelId}", limit: 2) { totalCount nodes { name memberCount } } }`,
      {},
      { session: partner },
    );
    expect(res.data?.agencies.totalCount).toBe(3);
    expect(res.data?.agencies.nodes.map((a) => a.name)).toEqual(['HMRC', 'Police SOC unit']);
    expect(res.data?.agencies.nodes[1].memberCount).toBe(3);
  });

  it('answers FORBIDDEN to a partner editing an agency, and writes nothing', async () => {
    const before = await auditCount(p.agencies.HMRC);
    const res = await t.gql(UPDATE, { i: { id: p.agencies.HMRC, version: 1, ...input({ name: 'HMRC renamed' }) } }, { session: partner });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await t.dataSource.query(`SELECT name FROM agency WHERE id = $1`, [p.agencies.HMRC]);
    expect(row.name).toBe('HMRC');
    expect(await auditCount(p.agencies.HMRC)).toBe(before);
  });

  it('lets the chair create and edit an agency, writing one audit row per change', async () => {
    const created = await t.gql<{ createAgency: { id: string; version: number; isa: { status: string } } }>(
      CREATE,
      { i: { panelId: p.panelId, ...input() } },
      { session: chair },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createAgency.id;
    expect(created.data!.createAgency.isa.status).toBe('VALID');
    expect(await auditCount(id)).toBe(1);

    const updated = await t.gql<{ updateAgency: { version: number; isa: { status: string; allowsPersonalData: boolean } } }>(
      UPDATE,
      { i: { id, version: 1, ...input({ isaExpiresOn: '2025-12-31' }) } },
      { session: chair },
    );
    expect(updated.data?.updateAgency).toMatchObject({ version: 2, isa: { status: 'EXPIRED', allowsPersonalData: false } });
    const rows = await t.dataSource.query(`SELECT action, changes, actor_user_id FROM audit_event WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['CREATE', 'UPDATE']);
    expect(rows[1].changes).toEqual({ isaExpiresOn: ['2027-03-31', '2025-12-31'], version: [1, 2] });
    expect(rows[1].actor_user_id).toBe(p.users.CHAIR.userId);
  });

  it('answers CONFLICT to a stale edit, naming what changed, and keeps the newer edit', async () => {
    const created = await t.gql<{ createAgency: { id: string } }>(
      CREATE,
      { i: { panelId: p.panelId, ...input({ name: 'Fire and Rescue' }) } },
      { session: chair },
    );
    const id = created.data!.createAgency.id;
    await t.gql(UPDATE, { i: { id, version: 1, ...input({ name: 'Fire and Rescue', tacticHeadings: ['BUSINESS', 'CRIME'] }) } }, { session: chair });
    const stale = await t.gql(UPDATE, { i: { id, version: 1, ...input({ name: 'Fire & Rescue' }) } }, { session: chair });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toMatch(/: Tactic headings changed/);
    const [row] = await t.dataSource.query(`SELECT name, tactic_headings FROM agency WHERE id = $1`, [id]);
    expect(row).toEqual({ name: 'Fire and Rescue', tactic_headings: ['BUSINESS', 'CRIME'] });
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM agency WHERE panel_id = $1`, [p.panelId]))[0].n;
    const cases: [Record<string, unknown>, string][] = [
      [input({ name: '' }), 'name'],
      [input({ name: 'x'.repeat(201) }), 'name'],
      [input({ isaExpiresOn: '2024-01-01' }), 'isaExpiresOn'],
      [input({ isaSignedOn: '2025-02-30' }), 'isaSignedOn'],
      [input({ name: 'HMRC' }), 'name'],
    ];
    for (const [i, field] of cases) {
      const res = await t.gql(CREATE, { i: { panelId: p.panelId, ...i } }, { session: chair });
      expect([field, res.errors?.[0]?.extensions]).toEqual([field, { code: 'BAD_USER_INPUT', field }]);
    }
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM agency WHERE panel_id = $1`, [p.panelId]))[0].n).toBe(before);
  });
});
