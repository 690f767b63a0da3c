import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const BOARD = `query($panelId: ID!) { taskBoard(panelId: $panelId) {
  byAgency { agency { name } open overdue blocked completed notDone completionRate } byStatus { status count } byOcg { reference open overdue } } }`;

interface Board {
  taskBoard: {
    byAgency: {
      agency: { name: string };
      open: number;
      overdue: number;
      blocked: number;
      completed: number;
      notDone: number;
      completionRate: number | null;
    }[];
    byStatus: { status: string; count: number }[];
    byOcg: { reference: string; open: number; overdue: number }[];
  };
}

/** `perAgency` tasks for each of the panel's agencies on one group, cycling through the statuses, clear of the reminder days. */
async function seedTasks(t: TestApp, p: PanelFixture, perAgency: number): Promise<void> {
  const [ocg] = await t.dataSource.query(
    `INSERT INTO ocg (panel_id, reference, name, status) VALUES ($1, 'OCG-0001', 'Board group', 'ACTIVE') RETURNING id`,
    [p.panelId],
  );
  await t.dataSource.query(
    `INSERT INTO task (panel_id, reference, title, agency_id, ocg_id, due_on, status, closed_at, blocked_reason, not_done_cause)
     SELECT $1, 'A-' || a.n || '-' || k, 'Task', a.id, $2, current_date + CASE WHEN k % 2 = 0 THEN -30 ELSE 30 END, s.status,
            CASE WHEN s.status IN ('COMPLETED', 'NOT_DONE') THEN now() END, CASE WHEN s.status = 'BLOCKED' THEN 'Waiting' END,
            CASE WHEN s.status = 'NOT_DONE' THEN 'AGENCY_DID_NOT_ACT' END
       FROM (SELECT id, row_number() OVER (ORDER BY name) AS n FROM agency WHERE panel_id = $1) a
       CROSS JOIN generate_series(1, $3::int) k
       CROSS JOIN LATERAL (SELECT (ARRAY['OPEN','IN_PROGRESS','BLOCKED','COMPLETED','NOT_DONE'])[1 + k % 5] AS status) s`,
    [p.panelId, ocg.id, perAgency],
  );
}

describe("the chair's task board", () => {
  const sql = new SqlCounter();
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, sql);
  });
  afterAll(() => t.close());

  const board = async (p: PanelFixture) => {
    const session = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    sql.count = 0;
    const res = await t.gql<Board>(BOARD, { panelId: p.panelId }, { session });
    expect(res.errors).toBeUndefined();
    return { board: res.data!.taskBoard, statements: sql.count };
  };

  it('gives each agency its figures, each status its count and the groups most behind, from 5 tasks or 1,500 in the same statements', async () => {
    const small = await createPanel(t.dataSource);
    const large = await createPanel(t.dataSource);
    await seedTasks(t, small, 5);
    await seedTasks(t, large, 500);
    const a = await board(small);
    const b = await board(large);
    expect(b.statements).toBe(a.statements);
    // Five tasks per agency, k = 1..5: statuses IN_PROGRESS, BLOCKED, COMPLETED, NOT_DONE, OPEN; even k overdue.
    expect(a.board.byAgency).toEqual(
      ['HMRC', 'Police SOC unit', 'Trading Standards'].map((name) => ({
        agency: { name },
        open: 3,
        overdue: 1,
        blocked: 1,
        completed: 1,
        notDone: 1,
        completionRate: 0.5,
      })),
    );
    expect(a.board.byStatus).toEqual([
      { status: 'OPEN', count: 3 },
      { status: 'IN_PROGRESS', count: 3 },
      { status: 'BLOCKED', count: 3 },
      { status: 'COMPLETED', count: 3 },
      { status: 'NOT_DONE', count: 3 },
    ]);
    expect(a.board.byOcg).toEqual([{ reference: 'OCG-0001', open: 9, overdue: 3 }]);
    expect(b.board.byOcg).toEqual([{ reference: 'OCG-0001', open: 900, overdue: 450 }]);
  });
});
