import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const UPDATE = `mutation($i: UpdatePanelScoringInput!) {
  updatePanelScoring(input: $i) { retieredGroupCount panel { id scaleMax version tiers { name minTotal } } }
}`;
const DEFAULTS = [
  { name: 'Tier 1', minTotal: 60 },
  { name: 'Tier 2', minTotal: 30 },
  { name: 'Tier 3', minTotal: 0 },
];
const MISSING_PANEL = '00000000-0000-4000-8000-000000000000';

type Result = {
  updatePanelScoring: {
    retieredGroupCount: number;
    panel: { id: string; scaleMax: number; version: number; tiers: { name: string; minTotal: number }[] };
  };
};

describe('a panel’s scoring settings', () => {
  let t: TestApp;
  let p: PanelFixture;
  let other: PanelFixture;
  let chair: string;
  let coordinator: string;
  let partner: string;
  let otherChair: string;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    other = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    coordinator = await t.signIn(p.users.COORDINATOR.email, TEST_PASSWORD);
    partner = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    otherChair = await t.signIn(other.users.CHAIR.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const input = (over: Record<string, unknown> = {}) => ({ panelId: p.panelId, scaleMax: 5, tiers: DEFAULTS, version: 1, ...over });
  const panelRow = async (id = p.panelId) =>
    (await t.dataSource.query(`SELECT score_scale_max, tiers, version FROM panel WHERE id = $1`, [id]))[0] as {
      score_scale_max: number;
      tiers: unknown;
      version: number;
    };
  const auditCount = async (panelId = p.panelId) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE panel_id = $1`, [panelId]))[0].n as number;
  const addGroup = async (panelId: string, reference: string, total: number | null, tier: string | null) =>
    (
      await t.dataSource.query(`INSERT INTO ocg (panel_id, reference, name, score_total, tier) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
        panelId,
        reference,
        `Group ${reference}`,
        total,
        tier,
      ])
    )[0].id as string;
  const tierOf = async (id: string) =>
    (await t.dataSource.query(`SELECT tier, version FROM ocg WHERE id = $1`, [id]))[0] as { tier: string | null; version: number };

  it('rejects the unauthenticated', async () => {
    const res = await t.gql(UPDATE, { i: input() });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows every member the panel’s scale, tiers and version', async () => {
    const res = await t.gql<{ panel: { scaleMax: number; version: number; tiers: unknown } }>(
      `{ panel(id: "${p.panelId}") { scaleMax version tiers { name minTotal } } }`,
      {},
      { session: partner },
    );
    expect(res.data?.panel).toEqual({ scaleMax: 5, version: 1, tiers: DEFAULTS });
  });

  it('answers FORBIDDEN to a partner member, and writes nothing', async () => {
    const before = await auditCount();
    const res = await t.gql(UPDATE, { i: input({ scaleMax: 7 }) }, { session: partner });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await panelRow()).toMatchObject({ score_scale_max: 5, version: 1 });
    expect(await auditCount()).toBe(before);
  });

  it('answers another panel’s chair exactly as for a panel that does not exist', async () => {
    const foreign = await t.gql(UPDATE, { i: input({ scaleMax: 7 }) }, { session: otherChair });
    const missing = await t.gql(UPDATE, { i: input({ panelId: MISSING_PANEL, scaleMax: 7 }) }, { session: otherChair });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]).toEqual(missing.errors?.[0]);
    expect(await panelRow()).toMatchObject({ score_scale_max: 5, version: 1 });
  });

  it('refuses each broken rule naming its field, and writes nothing', async () => {
    const group = await addGroup(p.panelId, 'OCG-9001', 45, 'Tier 2');
    const before = { panel: await panelRow(), audit: await auditCount(), group: await tierOf(group) };
    const tiers = (...list: [string, number][]) => list.map(([name, minTotal]) => ({ name, minTotal }));
    const cases: [Record<string, unknown>, string][] = [
      [{ scaleMax: 2 }, 'scaleMax'],
      [{ scaleMax: 11 }, 'scaleMax'],
      [{ tiers: tiers(['Only', 0]) }, 'tiers'],
      [{ tiers: tiers(['A', 60], ['B', 50], ['C', 40], ['D', 30], ['E', 20], ['F', 10], ['G', 0]) }, 'tiers'],
      [{ tiers: tiers(['High', 60], ['   ', 0]) }, 'tiers.1.name'],
      [{ tiers: tiers(['x'.repeat(41), 60], ['Low', 0]) }, 'tiers.0.name'],
      [{ tiers: tiers(['High', 60], [' HIGH ', 0]) }, 'tiers.1.name'],
      [{ tiers: tiers(['High', -1], ['Low', 0]) }, 'tiers.0.minTotal'],
      [{ tiers: tiers(['High', 421], ['Low', 0]) }, 'tiers.0.minTotal'],
      [{ tiers: tiers(['High', 60], ['Mid', 60], ['Low', 0]) }, 'tiers.1.minTotal'],
      [{ tiers: tiers(['High', 30], ['Mid', 60], ['Low', 0]) }, 'tiers.1.minTotal'],
      [{ tiers: tiers(['High', 60], ['Mid', 30], ['Low', 5]) }, 'tiers.2.minTotal'],
      [{ panelId: 'not-a-uuid' }, 'panelId'],
      [{ version: 0 }, 'version'],
    ];
    for (const [over, field] of cases) {
      const res = await t.gql(UPDATE, { i: input(over) }, { session: chair });
      expect([over, res.errors?.[0]?.extensions]).toEqual([over, { code: 'BAD_USER_INPUT', field }]);
    }
    expect(await panelRow()).toEqual(before.panel);
    expect(await auditCount()).toBe(before.audit);
    expect(await tierOf(group)).toEqual(before.group);
  });

  it('refuses a field the input does not have', async () => {
    const res = await t.gql(UPDATE, { i: { ...input(), tiers: [{ ...DEFAULTS[0], colour: 'red' }, DEFAULTS[2]] } }, { session: chair });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('re-tiers every scored group from its total, keeps the score history, and audits the change', async () => {
    const q = await createPanel(t.dataSource);
    const qChair = await t.signIn(q.users.CHAIR.email, TEST_PASSWORD);
    const scored = await addGroup(q.panelId, 'OCG-0001', null, null);
    const score = await t.gql(
      `mutation($i: ScoreOcgInput!) { scoreOcg(input: $i) { tier scoreTotal } }`,
      {
        i: {
          ocgId: scored,
          confidence: 'HIGH',
          parts: { harmPhysical: 3, harmCommunity: 3, harmGeographic: 2, harmVulnerability: 2, likelihood: 4, capability: 2, capacity: 2 },
        },
      },
      { session: qChair },
    );
    expect(score.data?.scoreOcg).toEqual({ tier: 'Tier 2', scoreTotal: 44 });
    const groups = {
      top: await addGroup(q.panelId, 'OCG-0002', 100, 'Tier 1'),
      sixty: await addGroup(q.panelId, 'OCG-0003', 60, 'Tier 1'),
      ninety: await addGroup(q.panelId, 'OCG-0006', 90, 'Tier 1'),
      low: await addGroup(q.panelId, 'OCG-0004', 10, 'Tier 3'),
      unscored: await addGroup(q.panelId, 'OCG-0005', null, null),
    };
    const elsewhere = await addGroup(other.panelId, 'OCG-0002', 100, 'Tier 1');
    const versions = await t.dataSource.query(`SELECT id, version FROM ocg WHERE panel_id = $1 ORDER BY id`, [q.panelId]);

    const tiers = [
      { name: 'Critical', minTotal: 90 },
      { name: 'Tier 1', minTotal: 40 },
      { name: 'Watch', minTotal: 0 },
    ];
    const res = await t.gql<Result>(
      UPDATE,
      { i: { panelId: q.panelId, scaleMax: 7, tiers: [{ ...tiers[0], name: '  Critical ' }, ...tiers.slice(1)], version: 1 } },
      { session: qChair },
    );
    expect(res.errors).toBeUndefined();
    // 100 and 90 (its lowest total) -> Critical; 60 stays Tier 1; 44 Tier 2 -> Tier 1; 10 -> Watch: four changed tier.
    expect(res.data?.updatePanelScoring).toEqual({ retieredGroupCount: 4, panel: { id: q.panelId, scaleMax: 7, version: 2, tiers } });
    expect(await tierOf(groups.top)).toMatchObject({ tier: 'Critical' });
    expect(await tierOf(groups.ninety)).toMatchObject({ tier: 'Critical' });
    expect(await tierOf(groups.sixty)).toMatchObject({ tier: 'Tier 1' });
    expect(await tierOf(scored)).toMatchObject({ tier: 'Tier 1' });
    expect(await tierOf(groups.low)).toMatchObject({ tier: 'Watch' });
    expect(await tierOf(groups.unscored)).toMatchObject({ tier: null });
    expect(await tierOf(elsewhere)).toMatchObject({ tier: 'Tier 1' });
    // A new tier is not an edit of the group: open edits of its details are not made stale by it.
    expect(await t.dataSource.query(`SELECT id, version FROM ocg WHERE panel_id = $1 ORDER BY id`, [q.panelId])).toEqual(versions);
    const history = await t.dataSource.query(`SELECT total, tier, scale_max FROM ocg_score WHERE ocg_id = $1`, [scored]);
    expect(history).toEqual([{ total: 44, tier: 'Tier 2', scale_max: 5 }]);

    const panelAudit = await t.dataSource.query(
      `SELECT action, changes, actor_user_id FROM audit_event WHERE entity_type = 'Panel' AND entity_id = $1`,
      [q.panelId],
    );
    expect(panelAudit).toEqual([
      {
        action: 'UPDATE',
        actor_user_id: q.users.CHAIR.userId,
        changes: { scaleMax: [5, 7], tiers: [DEFAULTS, tiers], version: [1, 2] },
      },
    ]);
    const groupAudit = await t.dataSource.query(
      `SELECT entity_id, changes FROM audit_event WHERE entity_type = 'Ocg' AND panel_id = $1 AND changes ? 'tier' AND NOT changes ? 'version' ORDER BY entity_id`,
      [q.panelId],
    );
    expect(groupAudit).toEqual(
      [
        { entity_id: groups.top, changes: { tier: ['Tier 1', 'Critical'] } },
        { entity_id: groups.ninety, changes: { tier: ['Tier 1', 'Critical'] } },
        { entity_id: scored, changes: { tier: ['Tier 2', 'Tier 1'] } },
        { entity_id: groups.low, changes: { tier: ['Tier 3', 'Watch'] } },
      ].sort((a, b) => a.entity_id.localeCompare(b.entity_id)),
    );

    // The new scale applies to the next score; the totals already given stay as they were.
    const rescore = await t.gql(
      `mutation($i: ScoreOcgInput!) { scoreOcg(input: $i) { tier scoreTotal } }`,
      {
        i: {
          ocgId: groups.low,
          confidence: 'HIGH',
          parts: { harmPhysical: 7, harmCommunity: 1, harmGeographic: 1, harmVulnerability: 1, likelihood: 1, capability: 1, capacity: 1 },
        },
      },
      { session: qChair },
    );
    expect(rescore.data?.scoreOcg).toEqual({ tier: 'Watch', scoreTotal: 12 });
    expect(await tierOf(groups.top)).toMatchObject({ tier: 'Critical' });
  });

  it('lets the coordinator change the scoring too', async () => {
    const q = await createPanel(t.dataSource);
    const session = await t.signIn(q.users.COORDINATOR.email, TEST_PASSWORD);
    const res = await t.gql<Result>(UPDATE, { i: { panelId: q.panelId, scaleMax: 4, tiers: DEFAULTS.slice(1), version: 1 } }, { session });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updatePanelScoring).toMatchObject({ retieredGroupCount: 0, panel: { scaleMax: 4, version: 2 } });
  });

  it('answers CONFLICT to a stale edit, naming what changed, and keeps the newer edit and the groups’ tiers', async () => {
    const first = await t.gql<Result>(
      UPDATE,
      { i: input({ tiers: [{ name: 'Tier 1', minTotal: 50 }, ...DEFAULTS.slice(1)] }) },
      { session: coordinator },
    );
    expect(first.data?.updatePanelScoring.panel.version).toBe(2);
    const group = await addGroup(p.panelId, 'OCG-9002', 55, 'Tier 1');
    const before = await auditCount();
    const stale = await t.gql(
      UPDATE,
      { i: input({ scaleMax: 8, tiers: [{ name: 'Tier 1', minTotal: 56 }, ...DEFAULTS.slice(1)] }) },
      { session: chair },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(stale.errors?.[0]?.message).toContain(': Tiers changed.');
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', changedFields: ['tiers'] });
    expect(await panelRow()).toMatchObject({ score_scale_max: 5, version: 2, tiers: [{ name: 'Tier 1', minTotal: 50 }, ...DEFAULTS.slice(1)] });
    expect(await tierOf(group)).toMatchObject({ tier: 'Tier 1' });
    expect(await auditCount()).toBe(before);
  });
});
