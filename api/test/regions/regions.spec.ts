import { randomUUID } from 'node:crypto';
import { seedOutcomes } from '../outcome-report/seed.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const FROM = '2026-01-01';
const TO = '2026-06-30';
const FIGURES = `referralsReceived referralsAccepted operationsAdopted groupsMapped groupsDismantled nominalsIdentified vehiclesIdentified
  disruptions arrests charges custodialYears cashSeizedGbp drugsSeized { type kg } firearms rounds childrenSafeguarded adultsSafeguarded
  restraintOrders licencesReviewed licencesRevoked taxActions benefitActions premisesClosed vehiclesSeized averageScoreChange`;
const PANEL_REPORT = `query($panelId: ID!, $from: String!, $to: String!) { outcomeReport(panelId: $panelId, from: $from, to: $to) {
  ${FIGURES} scoreChanges { change } } }`;
const REGION_REPORT = `query($regionId: ID!, $from: String!, $to: String!) { regionOutcomeReport(regionId: $regionId, from: $from, to: $to) {
  regionId from to total { ${FIGURES} groupsCompared } panels { panelId panelName figures { ${FIGURES} groupsCompared } } } }`;
const THREAT_FIGURES = `activeGroups activeByTier { key count } activeByCrimeType { key label count } risingGroups groupsCreated groupsDismantled
  groupsArchived emergingThreats emergingThreatOutcomes { key count } disruptions disruptionsByStrand { key label count }
  disruptionsByImpact { key count } tasksCompleted tasksClosed tasksOpen tasksOverdue completionRate overdueRate`;
const REGION_PICTURE = `query($regionId: ID!, $from: String!, $to: String!) { regionThreatPicture(regionId: $regionId, from: $from, to: $to) {
  total { ${THREAT_FIGURES} } panels { panelId panelName figures { ${THREAT_FIGURES} } } } }`;
const PANEL_PICTURE = `query($panelId: ID!, $from: String!, $to: String!) { threatPicture(panelId: $panelId, filter: { from: $from, to: $to }) {
  activeCount risingCount emergingThreatCount disruptionsByStrand { key count } taskRates { completed closed open overdue } } }`;
const REGIONS = `{ regions { id name kind panels { id name } } }`;
const VIEWER = `{ viewer { regions { regionId name kind role permissions } } }`;
const CREATE = `mutation($i: CreateRegionInput!) { createRegion(input: $i) { id name kind version panels { id } analysts { userId email role } } }`;
const UPDATE = `mutation($i: UpdateRegionInput!) { updateRegion(input: $i) { id name version panels { id } } }`;
const ADD_ANALYST = `mutation($i: AddRegionAnalystInput!) { addRegionAnalyst(input: $i) { id analysts { userId email } } }`;
const REMOVE_ANALYST = `mutation($i: RemoveRegionAnalystInput!) { removeRegionAnalyst(input: $i) { id analysts { userId } } }`;

type Figures = Record<string, number | null> & { drugsSeized: { type: string; kg: number }[] };

describe('regions: a regional or national unit reads its panels’ figures in aggregate', () => {
  const counter = new SqlCounter();
  let t: TestApp;
  let a: PanelFixture;
  let b: PanelFixture;
  let outside: PanelFixture;
  let admin: string;
  let analyst: string;
  let analystEmail: string;
  let regionId: string;
  const tag = randomUUID().slice(0, 8);

  const gqlOk = async <T>(query: string, variables: Record<string, unknown>, session: string): Promise<T> => {
    const res = await t.gql<T>(query, variables, { session });
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  beforeAll(async () => {
    t = await startTestApp({}, counter);
    [a, b, outside] = [await createPanel(t.dataSource), await createPanel(t.dataSource), await createPanel(t.dataSource)];
    for (const p of [a, b, outside]) await seedOutcomes(t.dataSource, p);
    // A second panel with figures of its own, so that the sum is not twice one panel.
    await t.dataSource.query(
      `INSERT INTO nominal (panel_id, reference, surname, forenames, created_at) VALUES ($1, 'N-X1', 'Extra', 'One', '2026-03-03Z'), ($1, 'N-X2', 'Extra', 'Two', '2026-03-04Z')`,
      [b.panelId],
    );
    const adminEmail = `admin.${tag}@example.test`;
    analystEmail = `analyst.${tag}@rocu.example.test`;
    for (const [email, isAdmin] of [
      [adminEmail, true],
      [analystEmail, false],
    ] as const) {
      await t.dataSource.query(
        `INSERT INTO app_user (email, name, password_hash, is_admin) SELECT $1, $2, password_hash, $3 FROM app_user WHERE id = $4`,
        [email, `Person ${email}`, isAdmin, a.users.CHAIR.userId],
      );
    }
    admin = await t.signIn(adminEmail, TEST_PASSWORD);
    const created = await gqlOk<{ createRegion: { id: string; panels: { id: string }[] } }>(
      CREATE,
      { i: { name: `North East ROCU ${tag}`, kind: 'REGIONAL', panelIds: [a.panelId, b.panelId, a.panelId] } },
      admin,
    );
    regionId = created.createRegion.id;
    expect(created.createRegion.panels.map((p) => p.id).sort()).toEqual([a.panelId, b.panelId].sort());
    await gqlOk(ADD_ANALYST, { i: { regionId, email: analystEmail.toUpperCase() } }, admin);
    analyst = await t.signIn(analystEmail, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  it('rejects the unauthenticated', async () => {
    const res = await t.gql(REGION_REPORT, { regionId, from: FROM, to: TO });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a panel chair, and answers another region like a missing one', async () => {
    const chair = await t.signIn(a.users.CHAIR.email, TEST_PASSWORD);
    expect((await t.gql(REGION_REPORT, { regionId, from: FROM, to: TO }, { session: chair })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const id of [
      randomUUID(),
      (await gqlOk<{ createRegion: { id: string } }>(CREATE, { i: { name: `Other ${tag}`, kind: 'NATIONAL', panelIds: [] } }, admin)).createRegion.id,
    ]) {
      const res = await t.gql(REGION_REPORT, { regionId: id, from: FROM, to: TO }, { session: analyst });
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('names the analyst’s regions and their panels, and nothing of any panel’s records', async () => {
    const { viewer } = await gqlOk<{ viewer: { regions: { regionId: string; kind: string; role: string; permissions: string[] }[] } }>(
      VIEWER,
      {},
      analyst,
    );
    expect(viewer.regions).toEqual([expect.objectContaining({ regionId, kind: 'REGIONAL', role: 'ANALYST', permissions: ['region:read'] })]);
    const { regions } = await gqlOk<{ regions: { id: string; panels: { id: string }[] }[] }>(REGIONS, {}, analyst);
    expect(regions.map((r) => r.id)).toEqual([regionId]);
    expect(regions[0].panels.map((p) => p.id).sort()).toEqual([a.panelId, b.panelId].sort());
    const groups = await t.gql(`query($p: ID!) { ocgs(panelId: $p) { totalCount } }`, { p: a.panelId }, { session: analyst });
    expect(groups.errors?.[0].extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
    const report = await t.gql(PANEL_REPORT, { panelId: a.panelId, from: FROM, to: TO }, { session: analyst });
    expect(report.errors?.[0].extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
  });

  it('gives each panel its own report’s figures, and a total equal to their sum and to direct SQL', async () => {
    const { regionOutcomeReport: r } = await gqlOk<{
      regionOutcomeReport: { total: Figures & { groupsCompared: number }; panels: { panelId: string; figures: Figures }[] };
    }>(REGION_REPORT, { regionId, from: FROM, to: TO }, analyst);
    expect(r.panels.map((p) => p.panelId).sort()).toEqual([a.panelId, b.panelId].sort());
    const changes: number[] = [];
    for (const p of [a, b]) {
      const chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
      const { outcomeReport: own } = await gqlOk<{ outcomeReport: Figures & { scoreChanges: { change: number | null }[] } }>(
        PANEL_REPORT,
        { panelId: p.panelId, from: FROM, to: TO },
        chair,
      );
      const { scoreChanges, ...figures } = own;
      changes.push(...scoreChanges.flatMap((g) => (g.change === null ? [] : [g.change])));
      expect(r.panels.find((x) => x.panelId === p.panelId)!.figures).toEqual({
        ...figures,
        groupsCompared: scoreChanges.filter((g) => g.change !== null).length,
      });
    }
    for (const key of Object.keys(r.total).filter((k) => !['drugsSeized', 'averageScoreChange', 'groupsCompared'].includes(k))) {
      expect([key, r.total[key]]).toEqual([key, r.panels.reduce((n, p) => n + (p.figures[key] as number), 0)]);
    }
    expect(r.total.groupsCompared).toBe(changes.length);
    expect(r.total.averageScoreChange).toBeCloseTo(changes.reduce((x, y) => x + y, 0) / changes.length, 2);
    const cocaine = (f: Figures) => f.drugsSeized.find((d) => d.type === 'Cocaine')?.kg ?? 0;
    expect(cocaine(r.total)).toBeCloseTo(cocaine(r.panels[0].figures) + cocaine(r.panels[1].figures), 5);
    // Independently of the service: the region's nominals and arrests, straight from the tables.
    const [direct] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM nominal WHERE panel_id = ANY($1) AND created_at >= timestamptz '2026-01-01 00:00 Europe/London'
                 AND created_at < timestamptz '2026-07-01 00:00 Europe/London') AS nominals,
              (SELECT coalesce(sum(arrests), 0)::int FROM disruption WHERE panel_id = ANY($1) AND occurred_on BETWEEN $2 AND $3) AS arrests,
              (SELECT count(*)::int FROM disruption WHERE panel_id = ANY($1) AND occurred_on BETWEEN $2 AND $3) AS disruptions`,
      [[a.panelId, b.panelId], FROM, TO],
    );
    expect(r.total.nominalsIdentified).toBe(direct.nominals);
    expect(r.total.arrests).toBe(direct.arrests);
    expect(r.total.disruptions).toBe(direct.disruptions);
    expect(r.total.disruptions).toBeGreaterThan(0);
  });

  it('sums the panels’ threat pictures, and leaves out every panel outside the region', async () => {
    const { regionThreatPicture: r } = await gqlOk<{
      regionThreatPicture: {
        total: Record<string, unknown> & { activeGroups: number; disruptions: number; tasksOpen: number };
        panels: { panelId: string; figures: Record<string, unknown> }[];
      };
    }>(REGION_PICTURE, { regionId, from: FROM, to: TO }, analyst);
    let active = 0;
    let disruptions = 0;
    let open = 0;
    for (const p of [a, b]) {
      const chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
      const { threatPicture: own } = await gqlOk<{
        threatPicture: { activeCount: number; risingCount: number; disruptionsByStrand: { count: number }[]; taskRates: { open: number }[] };
      }>(PANEL_PICTURE, { panelId: p.panelId, from: FROM, to: TO }, chair);
      const figures = r.panels.find((x) => x.panelId === p.panelId)!.figures;
      expect(figures.activeGroups).toBe(own.activeCount);
      expect(figures.risingGroups).toBe(own.risingCount);
      active += own.activeCount;
      disruptions += own.disruptionsByStrand.reduce((n, s) => n + s.count, 0);
      open += own.taskRates.reduce((n, x) => n + x.open, 0);
    }
    expect(r.total.activeGroups).toBe(active);
    expect(r.total.disruptions).toBe(disruptions);
    expect(r.total.tasksOpen).toBe(open);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ocg WHERE panel_id = ANY($1) AND status IN ('EMERGING','ACTIVE')`, [
      [a.panelId, b.panelId],
    ]);
    expect(r.total.activeGroups).toBe(n);
    expect(JSON.stringify(r)).not.toContain('Group O-');
  });

  it('costs the same number of statements whatever the number of panels', async () => {
    const cost = async (query: string) => {
      counter.count = 0;
      await gqlOk(query, { regionId, from: FROM, to: TO }, analyst);
      return counter.count;
    };
    const before = [await cost(REGION_REPORT), await cost(REGION_PICTURE)];
    const [, version] = [null, await t.dataSource.query(`SELECT version FROM region WHERE id = $1`, [regionId]).then((r) => r[0].version)];
    await gqlOk(
      UPDATE,
      { i: { id: regionId, version, name: `North East ROCU ${tag}`, kind: 'REGIONAL', panelIds: [a.panelId, b.panelId, outside.panelId] } },
      admin,
    );
    expect([await cost(REGION_REPORT), await cost(REGION_PICTURE)]).toEqual(before);
    const { regionOutcomeReport } = await gqlOk<{ regionOutcomeReport: { panels: unknown[] } }>(
      REGION_REPORT,
      { regionId, from: FROM, to: TO },
      analyst,
    );
    expect(regionOutcomeReport.panels).toHaveLength(3);
  });

  it('lets only the administrator change regions, refuses a stale edit and an unknown analyst, and audits each change', async () => {
    const chair = await t.signIn(a.users.CHAIR.email, TEST_PASSWORD);
    for (const [query, variables] of [
      [CREATE, { i: { name: `Refused ${tag}`, kind: 'REGIONAL', panelIds: [] } }],
      [ADD_ANALYST, { i: { regionId, email: a.users.CHAIR.email } }],
      [`{ administeredRegions { id } }`, {}],
    ] as const) {
      expect((await t.gql(query, variables, { session: chair })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await t.gql(query, variables, { session: analyst })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const stale = await t.gql(
      UPDATE,
      { i: { id: regionId, version: 1, name: `Renamed ${tag}`, kind: 'REGIONAL', panelIds: [] } },
      { session: admin },
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(JSON.stringify(stale.errors)).toContain('panelIds');
    const unknown = await t.gql(ADD_ANALYST, { i: { regionId, email: `nobody.${tag}@example.test` } }, { session: admin });
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const taken = await t.gql(CREATE, { i: { name: `NORTH EAST ROCU ${tag}`, kind: 'REGIONAL', panelIds: [] } }, { session: admin });
    expect(taken.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const missingPanel = await t.gql(CREATE, { i: { name: `Missing ${tag}`, kind: 'REGIONAL', panelIds: [randomUUID()] } }, { session: admin });
    expect(missingPanel.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const [{ n: regionsNamed }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM region WHERE name IN ($1, $2)`, [
      `Refused ${tag}`,
      `Missing ${tag}`,
    ]);
    expect(regionsNamed).toBe(0);

    const [{ id: analystId }] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [analystEmail]);
    await gqlOk(REMOVE_ANALYST, { i: { regionId, userId: analystId } }, admin);
    const res = await t.gql(REGION_REPORT, { regionId, from: FROM, to: TO }, { session: analyst });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const audit = await t.dataSource.query(
      `SELECT entity_type, action FROM audit_event WHERE panel_id IS NULL AND (entity_id = $1 OR entity_id = $2) ORDER BY seq`,
      [regionId, analystId],
    );
    expect(audit.map((e: { entity_type: string; action: string }) => `${e.entity_type} ${e.action}`)).toEqual(
      expect.arrayContaining(['Region CREATE', 'RegionMember CREATE', 'Region UPDATE', 'RegionMember DELETE']),
    );
  });
});
