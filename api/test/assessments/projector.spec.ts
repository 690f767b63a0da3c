import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addGroup } from '../link-chart/records.js';

const PROJECTOR = `query($p: ID!) { projector(panelId: $p) { meeting { id status } currentItemTitle topGroups { reference name tier score } counts { tier count } } }`;
type Projector = {
  projector: {
    meeting: { id: string; status: string } | null;
    currentItemTitle: string | null;
    topGroups: { score: number | null; tier: string | null }[];
    counts: { tier: string; count: number }[];
  };
};

describe('projector view', () => {
  let t: TestApp;
  let p: PanelFixture;
  let chair: string;
  let partner: string;
  let itemId: string;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    for (let i = 0; i < 12; i += 1) await addGroup(t.dataSource, p.panelId, { score: 10 + i, tier: i < 4 ? 'Tier 1' : 'Tier 2' });
    await addGroup(t.dataSource, p.panelId, { score: 99, tier: 'Tier 1', status: 'ARCHIVED' });
    const [m] = await t.dataSource.query(
      `INSERT INTO meeting (panel_id, title, starts_at, ends_at, mode, location, status) VALUES ($1, 'Panel now', now() - interval '1 hour', now() + interval '1 hour', 'IN_PERSON', 'HQ', 'IN_PROGRESS') RETURNING id`,
      [p.panelId],
    );
    const [item] = await t.dataSource.query(
      `INSERT INTO agenda_item (meeting_id, panel_id, position, kind, title, restricted_to) VALUES ($1, $2, 1, 'OCG_REVIEW', 'Operation Kestrel (restricted)', $3) RETURNING id`,
      [m.id, p.panelId, [p.agencies.HMRC]],
    );
    itemId = item.id;
    await t.dataSource.query(`UPDATE meeting SET current_item_id = $2 WHERE id = $1`, [m.id, item.id]);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    partner = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('rejects the unauthenticated', async () => {
    expect((await t.gql(PROJECTOR, { p: p.panelId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('hides a restricted current item, even from the chair and the agency it is restricted to', async () => {
    for (const session of [chair, partner]) {
      const res = await t.gql<Projector>(PROJECTOR, { p: p.panelId }, { session });
      expect(res.errors).toBeUndefined();
      expect(res.data?.projector.meeting?.status).toBe('IN_PROGRESS');
      expect(res.data?.projector.currentItemTitle).toBeNull();
    }
    await t.dataSource.query(`UPDATE agenda_item SET restricted_to = '{}' WHERE id = $1`, [itemId]);
    const open = await t.gql<Projector>(PROJECTOR, { p: p.panelId }, { session: partner });
    expect(open.data?.projector.currentItemTitle).toBe('Operation Kestrel (restricted)');
  });

  it('shows the ten highest-scoring open groups and counts by tier', async () => {
    const res = (await t.gql<Projector>(PROJECTOR, { p: p.panelId }, { session: partner })).data?.projector;
    expect(res?.topGroups.map((g) => g.score)).toEqual([21, 20, 19, 18, 17, 16, 15, 14, 13, 12]);
    expect(res?.counts).toEqual([
      { tier: 'Tier 1', count: 4 },
      { tier: 'Tier 2', count: 8 },
    ]);
  });
});
