import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addNominal, addOcgs } from './records-fixtures.js';

const LIST = `query($p: ID!) { ocgs(panelId: $p, limit: 25) { nodes { reference
  disruptions(limit: 3) { impact agency { name } nominals { displayName } ocg { reference } }
  intelligence(limit: 3) { grading submittingAgency { name } recipients { name } }
  plan { coveredHeadings objectives { ownerAgency { name } } gaps { heading agencies { name } } } } } }`;

type Node = { disruptions: { nominals: unknown[] }[]; intelligence: { grading: string }[]; plan: { objectives: unknown[] } };

/** Each group gets two disruptions naming a nominal, a P and a C intelligence entry, and an objective. */
async function seed(t: TestApp, p: PanelFixture, groups: number): Promise<void> {
  const police = p.agencies['Police SOC unit'];
  for (const ocgId of await addOcgs(t.dataSource, p.panelId, groups)) {
    const nominalId = await addNominal(t.dataSource, p.panelId, 'Lee', 'Jones');
    const disruptions: { id: string }[] = await t.dataSource.query(
      `INSERT INTO disruption (panel_id, ocg_id, occurred_on, agency_id, strand, tactic_heading, description, impact, rationale)
       SELECT $1, $2, DATE '2026-01-01' + g, $3, 'PURSUE', 'CRIME', 'Warrant', 'MINOR', 'Small find' FROM generate_series(1, 2) g RETURNING id`,
      [p.panelId, ocgId, police],
    );
    for (const d of disruptions) await t.dataSource.query(`INSERT INTO disruption_nominal VALUES ($1, $2)`, [d.id, nominalId]);
    const [c] = await t.dataSource.query(
      `INSERT INTO intelligence (panel_id, subject_kind, subject_id, recorded_on, submitting_agency_id, text, source_grade, intelligence_grade, handling, handling_conditions)
       VALUES ($1, 'OCG', $2, '2026-01-05', $3, 'Seen', 'S1', 'A', 'C', 'Police only') RETURNING id`,
      [p.panelId, ocgId, p.agencies.HMRC],
    );
    await t.dataSource.query(`INSERT INTO intelligence_recipient VALUES ($1, $2)`, [c.id, police]);
    await t.dataSource.query(
      `INSERT INTO intelligence (panel_id, subject_kind, subject_id, recorded_on, submitting_agency_id, text, source_grade, intelligence_grade, handling)
       VALUES ($1, 'OCG', $2, '2026-01-06', $3, 'Heard', 'S2', 'C', 'P')`,
      [p.panelId, ocgId, police],
    );
    await t.dataSource.query(
      `INSERT INTO ocg_objective (ocg_id, panel_id, strand, objective, owner_agency_id, tactic_headings) VALUES ($1, $2, 'PURSUE', 'Disrupt', $3, '{CRIME}')`,
      [ocgId, p.panelId, police],
    );
  }
}

describe('the cost of disruptions, intelligence and plans on a list of groups does not grow with the groups', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, sql);
  });
  afterAll(() => t.close());

  const measure = async (groups: number) => {
    const p = await createPanel(t.dataSource);
    await seed(t, p, groups);
    const session = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    sql.count = 0;
    const res = await t.gql<{ ocgs: { nodes: Node[] } }>(LIST, { p: p.panelId }, { session });
    expect(res.errors).toBeUndefined();
    return { statements: sql.count, nodes: res.data!.ocgs.nodes };
  };

  it('answers 2 and 20 groups in the same number of statements', async () => {
    const small = await measure(2);
    const large = await measure(20);
    expect(small.nodes).toHaveLength(2);
    expect(large.nodes).toHaveLength(20);
    for (const node of large.nodes) {
      expect(node.disruptions).toHaveLength(2);
      expect(node.disruptions[0].nominals).toHaveLength(1);
      expect(node.intelligence.map((i) => i.grading)).toEqual(['2/C/P', '1/A/C']);
      expect(node.plan.objectives).toHaveLength(1);
    }
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeLessThanOrEqual(16);
  });
});
