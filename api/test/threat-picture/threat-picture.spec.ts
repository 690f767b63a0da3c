import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { seedPicture } from './seed.js';

const PICTURE = `query($panelId: ID!, $filter: ThreatPictureFilter) { threatPicture(panelId: $panelId, filter: $filter) {
  from to area crimeType activeCount
  activeByTier { key label count } activeByCrimeType { key label count }
  topGroups { reference name tier score } baselineAt risingCount risingGroups { reference previous current }
  groupChanges { month created dismantled archived }
  emergingThreatCount emergingThreatOutcomes { key label count } emergingThreats { id title crimeType area raisedOn outcome }
  disruptionsByStrand { month key label count } disruptionsByImpact { month key label count } disruptionsByAgency { month key label count }
  taskRates { agencyId agencyName completed closed open overdue completionRate overdueRate } } }`;

type Picture = Record<string, unknown> & {
  activeCount: number;
  activeByTier: { key: string; count: number }[];
  activeByCrimeType: { key: string; count: number }[];
  topGroups: { score: number }[];
  risingCount: number;
  risingGroups: { previous: number; current: number }[];
  groupChanges: { created: number }[];
  emergingThreatCount: number;
  emergingThreatOutcomes: { key: string; label: string; count: number }[];
  emergingThreats: { outcome: string; raisedOn: string }[];
  disruptionsByStrand: { count: number }[];
  disruptionsByImpact: { key: string; label: string; count: number }[];
  taskRates: { completed: number; closed: number; open: number; overdue: number }[];
};

describe('threat picture', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  let small: PanelFixture;
  let large: PanelFixture;
  let chair: string;
  beforeAll(async () => {
    t = await startTestApp({}, sql);
    small = await createPanel(t.dataSource);
    large = await createPanel(t.dataSource);
    await seedPicture(t.dataSource, small, 8);
    await seedPicture(t.dataSource, large, 400);
    chair = await t.signIn(small.users.CHAIR.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const picture = async (panel: PanelFixture, session: string, filter?: Record<string, unknown>) => {
    const res = await t.gql<{ threatPicture: Picture }>(PICTURE, { panelId: panel.panelId, filter }, { session });
    expect(res.errors).toBeUndefined();
    return res.data!.threatPicture;
  };

  it('rejects the unauthenticated', async () => {
    const res = await t.gql(PICTURE, { panelId: small.panelId });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("hides other panels' pictures exactly like missing ones", async () => {
    const res = await t.gql(PICTURE, { panelId: large.panelId }, { session: chair });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('counts what the database holds, for the default last 12 months', async () => {
    const p = await picture(large, await t.signIn(large.users.CHAIR.email, TEST_PASSWORD));
    const q = (text: string) => t.dataSource.query(text, [large.panelId]).then((r: { n: number }[]) => Number(r[0].n));
    expect(p.activeCount).toBe(await q(`SELECT count(*) n FROM ocg WHERE panel_id = $1 AND status IN ('ACTIVE','EMERGING')`));
    const tiers = await t.dataSource.query(
      `SELECT tier AS key, count(*)::int AS count FROM ocg WHERE panel_id = $1 AND status IN ('ACTIVE','EMERGING') GROUP BY tier ORDER BY tier`,
      [large.panelId],
    );
    expect(p.activeByTier.map(({ key, count }) => ({ key, count }))).toEqual(tiers);
    expect(p.topGroups).toHaveLength(10);
    expect(p.topGroups[0].score).toBe(await q(`SELECT max(score_total) n FROM ocg WHERE panel_id = $1 AND status IN ('ACTIVE','EMERGING')`));
    // Seeded history: every group was scored 120 days ago, half above their total now and half 1 to 13 below; no meeting, so the baseline is 60 days ago.
    expect(p.risingCount).toBe(
      await q(`SELECT count(*) n FROM ocg o JOIN ocg_score s ON s.ocg_id = o.id
      WHERE o.panel_id = $1 AND o.status IN ('ACTIVE','EMERGING') AND s.total < o.score_total`),
    );
    expect(p.risingCount).toBeGreaterThan(10);
    // The list is bounded: the ten that rose most, largest rise first.
    expect(p.risingGroups).toHaveLength(10);
    const rises = p.risingGroups.map((g) => g.current - g.previous);
    expect(rises).toEqual([...rises].sort((a, b) => b - a));
    expect(rises[0]).toBe(
      await q(`SELECT max(o.score_total - s.total) n FROM ocg o JOIN ocg_score s ON s.ocg_id = o.id
      WHERE o.panel_id = $1 AND o.status IN ('ACTIVE','EMERGING')`),
    );
    expect(new Set(rises).size).toBeGreaterThan(1);
    expect(p.groupChanges).toHaveLength(13);
    expect(p.groupChanges.reduce((a, m) => a + m.created, 0)).toBe(await q(`SELECT count(*) n FROM ocg WHERE panel_id = $1`));
    expect(p.emergingThreatCount).toBe(await q(`SELECT count(*) n FROM emerging_threat WHERE panel_id = $1`));
    expect(p.emergingThreatCount).toBe(400);
    expect(p.emergingThreatOutcomes).toEqual([{ key: 'NOT_YET_COVERED', label: 'Not yet covered', count: 400 }]);
    expect(p.emergingThreats).toHaveLength(10);
    expect(p.emergingThreats.every((e) => e.outcome === 'NOT_YET_COVERED')).toBe(true);
    const raised = p.emergingThreats.map((e) => e.raisedOn);
    expect(raised).toEqual([...raised].sort().reverse());
    expect(p.disruptionsByStrand.reduce((a, m) => a + m.count, 0)).toBe(
      await q(`SELECT count(*) n FROM disruption WHERE panel_id = $1 AND occurred_on > current_date - 365`),
    );
    // Each impact reads as a phrase of its own: "No impact", never "None".
    const impacts = Object.fromEntries(p.disruptionsByImpact.map((m) => [m.key, m.label]));
    expect(Object.keys(impacts).length).toBeGreaterThan(0);
    expect(Object.values(impacts).every((label) => /impact$/i.test(label))).toBe(true);
    const tasks = p.taskRates.reduce((a, r) => ({ completed: a.completed + r.completed, open: a.open + r.open, overdue: a.overdue + r.overdue }), {
      completed: 0,
      open: 0,
      overdue: 0,
    });
    expect(tasks.completed).toBe(await q(`SELECT count(*) n FROM task WHERE panel_id = $1 AND status = 'COMPLETED'`));
    expect(tasks.open).toBe(await q(`SELECT count(*) n FROM task WHERE panel_id = $1 AND status IN ('OPEN','IN_PROGRESS','BLOCKED')`));
    expect(tasks.overdue).toBe(
      await q(`SELECT count(*) n FROM task WHERE panel_id = $1 AND status IN ('OPEN','IN_PROGRESS','BLOCKED') AND due_on < current_date`),
    );
  });

  it('filters by area and crime type', async () => {
    const session = await t.signIn(large.users.CHAIR.email, TEST_PASSWORD);
    const p = await picture(large, session, { area: 'North', crimeType: 'FIREARMS' });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int n FROM ocg WHERE panel_id = $1 AND status IN ('ACTIVE','EMERGING')
      AND 'North' = ANY(areas) AND 'FIREARMS' = ANY(crime_types)`,
      [large.panelId],
    );
    expect(p.activeCount).toBe(n);
    expect(p.activeByCrimeType.find((c) => c.key === 'FRAUD')).toBeUndefined();
    expect(p.emergingThreats).toHaveLength(0);
    expect(p.emergingThreatCount).toBe(0);
  });

  it('gives a partner without personal-data cover exactly the same figures, with no personal fields', async () => {
    const observer = await t.signIn(small.users.OBSERVER.email, TEST_PASSWORD);
    const asChair = await picture(small, chair);
    const asObserver = await picture(small, observer);
    expect(asObserver).toEqual(asChair);
    expect(JSON.stringify(asObserver)).not.toMatch(/Surname|Forename|TN-/);
  });

  it('answers in the same number of SQL statements for 8 groups and for 400', async () => {
    const largeChair = await t.signIn(large.users.CHAIR.email, TEST_PASSWORD);
    await picture(small, chair);
    await picture(large, largeChair);
    // A change in each panel, so that both pictures are worked out afresh (a kept one costs a single look).
    await t.dataSource.query(`UPDATE agency SET name = name WHERE panel_id = ANY($1)`, [[small.panelId, large.panelId]]);
    sql.count = 0;
    await picture(small, chair);
    const forSmall = sql.count;
    sql.count = 0;
    await picture(large, largeChair);
    expect(sql.count).toBe(forSmall);
    expect(forSmall).toBeLessThanOrEqual(3);
    sql.count = 0;
    await picture(large, largeChair);
    expect(sql.count).toBeLessThan(forSmall);
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await t.gql(PICTURE, { panelId: small.panelId, filter: { from: '2026-05-01', to: '2026-04-01' } }, { session: chair });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
