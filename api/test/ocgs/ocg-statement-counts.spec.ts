import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LIST = `query($panelId: ID!) { ocgs(panelId: $panelId, limit: 100) { totalCount nodes {
  reference name tier lroName openTaskCount overdueTaskCount nominals { role nominal { displayName } } vehicles { registration } places { label } } } }`;
const PAGE = `query($id: ID!) { ocg(id: $id) {
  reference lroName sroName scoreHistory { total }
  nominals { role nominal { displayName ocgs { ocg { reference } } vehicles { registration } places { label } } }
  vehicles { registration ocgs { reference } nominals { displayName } } places { label nominals { displayName } } } }`;

/** Adds `count` groups to a panel, each with a nominal, a vehicle, a place and a score, straight in SQL. */
async function seedGroups(t: TestApp, p: PanelFixture, count: number, from: number): Promise<string[]> {
  const rows: { id: string }[] = await t.dataSource.query(
    `INSERT INTO ocg (panel_id, reference, name, status, lro_user_id, score_total, tier)
     SELECT $1, 'OCG-' || lpad(g::text, 4, '0'), 'Group ' || g, 'ACTIVE', $2, g % 90, 'Tier 2'
       FROM generate_series($3::int, $4::int) g RETURNING id`,
    [p.panelId, p.users.POLICE_MEMBER.userId, from, from + count - 1],
  );
  for (const { id } of rows) {
    const [n] = await t.dataSource.query(
      `INSERT INTO nominal (panel_id, reference, surname, forenames, name_search) VALUES ($1, 'N-' || substr($2::text, 1, 8), 'Doe', 'Jo', 'jo doe') RETURNING id`,
      [p.panelId, id],
    );
    const [v] = await t.dataSource.query(`INSERT INTO vehicle (panel_id, registration, vrm, vrm_folded) VALUES ($1, $2, $2, $2) RETURNING id`, [
      p.panelId,
      id.slice(0, 8).toUpperCase(),
    ]);
    const [pl] = await t.dataSource.query(`INSERT INTO place (panel_id, label, kind) VALUES ($1, 'Somewhere', 'HOTSPOT') RETURNING id`, [p.panelId]);
    await t.dataSource.query(`INSERT INTO ocg_nominal (ocg_id, nominal_id, role) VALUES ($1, $2, 'PRINCIPAL')`, [id, n.id]);
    await t.dataSource.query(`INSERT INTO ocg_vehicle (ocg_id, vehicle_id) VALUES ($1, $2)`, [id, v.id]);
    await t.dataSource.query(`INSERT INTO nominal_vehicle (nominal_id, vehicle_id) VALUES ($1, $2)`, [n.id, v.id]);
    await t.dataSource.query(`INSERT INTO ocg_place (ocg_id, place_id) VALUES ($1, $2)`, [id, pl.id]);
    // Overdue, but not on a reminder day: the reminder scans of other files read the same database.
    await t.dataSource.query(
      `INSERT INTO task (panel_id, reference, title, agency_id, ocg_id, due_on, status)
       SELECT $1, 'A-' || substr($2::text, 1, 8) || k, 'Check', $3, $2::uuid, current_date - 20 - k, 'OPEN' FROM generate_series(1, 2) k`,
      [p.panelId, id, p.agencies.HMRC],
    );
  }
  return rows.map((r) => r.id);
}

describe('the cost of the OCG list and page does not grow with the data', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, sql);
  });
  afterAll(() => t.close());

  const count = async (query: string, variables: Record<string, unknown>, session: string) => {
    sql.count = 0;
    sql.keep = true;
    sql.statements = [];
    const res = await t.gql(query, variables, { session });
    expect(res.errors).toBeUndefined();
    return sql.count;
  };

  it('lists 10 groups and a page of 100 of 500 groups in the same number of statements', async () => {
    const small = await createPanel(t.dataSource);
    const large = await createPanel(t.dataSource);
    await seedGroups(t, small, 10, 1);
    await seedGroups(t, large, 500, 1);
    const a = await count(LIST, { panelId: small.panelId }, await t.signIn(small.users.CHAIR.email, TEST_PASSWORD));
    const b = await count(LIST, { panelId: large.panelId }, await t.signIn(large.users.CHAIR.email, TEST_PASSWORD));
    if (b !== a) console.log(sql.statements.join('\n'));
    expect(b).toBe(a);
  });

  it('shows a group with 1 or with 40 members in the same number of statements', async () => {
    const p = await createPanel(t.dataSource);
    const [one, many] = await seedGroups(t, p, 2, 1);
    const extra = await seedGroups(t, p, 39, 3);
    for (const other of extra) {
      await t.dataSource.query(
        `INSERT INTO ocg_nominal (ocg_id, nominal_id, role) SELECT $1, nominal_id, 'ASSOCIATE' FROM ocg_nominal WHERE ocg_id = $2`,
        [many, other],
      );
      await t.dataSource.query(`INSERT INTO ocg_vehicle (ocg_id, vehicle_id) SELECT $1, vehicle_id FROM ocg_vehicle WHERE ocg_id = $2`, [
        many,
        other,
      ]);
    }
    const session = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
    const a = await count(PAGE, { id: one }, session);
    const b = await count(PAGE, { id: many }, session);
    expect(b).toBe(a);
  });
});
