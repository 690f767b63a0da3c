import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LIST = `query($panelId: ID!) { ocgs(panelId: $panelId, sort: REFERENCE, limit: 10) { nodes { reference openTaskCount overdueTaskCount } } }`;

describe('the task counts beside each group', () => {
  let t: TestApp;
  let p: PanelFixture;
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    const groups: { id: string }[] = await t.dataSource.query(
      `INSERT INTO ocg (panel_id, reference, name, status) VALUES ($1, 'OCG-0001', 'First', 'ACTIVE'), ($1, 'OCG-0002', 'Second', 'ACTIVE'),
              ($1, 'OCG-0003', 'Quiet', 'ACTIVE') RETURNING id`,
      [p.panelId],
    );
    const task = (ref: string, ocg: string, agency: string, status: string, dueInDays: number) =>
      t.dataSource.query(
        `INSERT INTO task (panel_id, reference, title, agency_id, ocg_id, due_on, status, closed_at, blocked_reason)
         VALUES ($1, $2, 'A task', $3, $4, current_date + $5::int, $6::varchar, CASE WHEN $6::varchar IN ('COMPLETED', 'NOT_DONE') THEN now() END,
                 CASE WHEN $6::varchar = 'BLOCKED' THEN 'Waiting for the bank' END)`,
        [p.panelId, ref, agency, ocg, dueInDays, status],
      );
    // Due dates clear of the reminder days, as the reminder scans of other files read the same database.
    // The first group: HMRC's open task overdue, the police's blocked one due, a completed one overdue (not counted).
    await task('A-0001', groups[0].id, p.agencies.HMRC, 'OPEN', -30);
    await task('A-0002', groups[0].id, p.agencies['Police SOC unit'], 'BLOCKED', 30);
    await task('A-0003', groups[0].id, p.agencies.HMRC, 'COMPLETED', -40);
    // The second: the police's, in progress and overdue.
    await task('A-0004', groups[1].id, p.agencies['Police SOC unit'], 'IN_PROGRESS', -20);
  });
  afterAll(() => t.close());

  const counts = async (email: string) => {
    const res = await t.gql<{ ocgs: { nodes: { reference: string; openTaskCount: number; overdueTaskCount: number }[] } }>(
      LIST,
      { panelId: p.panelId },
      { session: await t.signIn(email, TEST_PASSWORD) },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.ocgs.nodes.map((n) => [n.reference, n.openTaskCount, n.overdueTaskCount]);
  };

  it('counts the open tasks, and those overdue, of every group the chair reads', async () => {
    expect(await counts(p.users.CHAIR.email)).toEqual([
      ['OCG-0001', 2, 1],
      ['OCG-0002', 1, 1],
      ['OCG-0003', 0, 0],
    ]);
  });

  it("counts for a partner only the tasks the partner may read: its own agency's", async () => {
    expect(await counts(p.users.PARTNER_MEMBER.email)).toEqual([
      ['OCG-0001', 1, 1],
      ['OCG-0002', 0, 0],
      ['OCG-0003', 0, 0],
    ]);
  });
});
