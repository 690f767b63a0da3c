import { THREAT_PICTURE_SQL } from '../../src/modules/threat-picture/threat-picture.sql.js';
import { BOARD_SQL } from '../../src/modules/tasks/task-board.service.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const BOARD = `query($panelId: ID!) { taskBoard(panelId: $panelId) { byAgency { agency { name } open } byStatus { status count } } }`;
const PICTURE = `query($panelId: ID!) { threatPicture(panelId: $panelId) { activeCount topGroups { reference score } taskRates { agencyName open } } }`;
const ALLOCATE = 'mutation($i: AllocateTaskInput!) { allocateTask(input: $i) { id } }';

interface Board {
  taskBoard: { byAgency: { agency: { name: string }; open: number }[]; byStatus: { status: string; count: number }[] };
}

const revisionOf = async (t: TestApp, panelId: string): Promise<number> =>
  Number((await t.dataSource.query(`SELECT coalesce(max(revision), 0) AS r FROM panel_revision WHERE panel_id = $1`, [panelId]))[0].r);

describe('panel-wide figures kept between reads', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  let p: PanelFixture;
  let chair: string;
  beforeAll(async () => {
    t = await startTestApp({}, sql);
    p = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const read = async <T>(query: string, session = chair, panelId = p.panelId) => {
    sql.count = 0;
    const res = await t.gql<T>(query, { panelId }, { session });
    expect(res.errors).toBeUndefined();
    return { data: res.data!, statements: sql.count };
  };
  const openOf = (b: Board, agency: string) => b.taskBoard.byAgency.find((a) => a.agency.name === agency)?.open ?? 0;

  it('answers a repeated read with one look at the revision, and shows a change made through the API at once', async () => {
    const cold = await read<Board>(BOARD);
    const warm = await read<Board>(BOARD);
    expect(warm.data).toEqual(cold.data);
    // The session, then the revision: the figures are not worked out again.
    expect(warm.statements).toBe(2);
    expect(cold.statements).toBeGreaterThan(warm.statements);

    const allocated = await t.gql(
      ALLOCATE,
      { i: { panelId: p.panelId, title: 'Check the business rates', agencyId: p.agencies.HMRC } },
      { session: chair },
    );
    expect(allocated.errors).toBeUndefined();
    const after = await read<Board>(BOARD);
    expect(openOf(after.data, 'HMRC')).toBe(openOf(cold.data, 'HMRC') + 1);
    // Worked out afresh: the session, the revision, the board and its agencies.
    expect(after.statements).toBe(4);
  });

  it('shows at once a change made outside this process (another API process, a job, a statement run by hand)', async () => {
    const before = await read<Board>(BOARD);
    await t.dataSource.query(
      `INSERT INTO task (panel_id, reference, title, agency_id, status) VALUES ($1, 'T-HAND-1', 'Entered by hand', $2, 'OPEN')`,
      [p.panelId, p.agencies['Trading Standards']],
    );
    const after = await read<Board>(BOARD);
    expect(openOf(after.data, 'Trading Standards')).toBe(openOf(before.data, 'Trading Standards') + 1);
  });

  it('keeps one panel’s answer when another panel changes, and each panel’s answers apart', async () => {
    const other = await createPanel(t.dataSource);
    const otherChair = await t.signIn(other.users.CHAIR.email, TEST_PASSWORD);
    const mine = await read<Board>(BOARD);
    const theirs = await read<Board>(BOARD, otherChair, other.panelId);
    expect(theirs.data).not.toEqual(mine.data);
    await t.dataSource.query(`UPDATE agency SET name = name || ' (renamed)' WHERE panel_id = $1`, [other.panelId]);
    const again = await read<Board>(BOARD);
    expect(again.statements).toBe(2);
    expect(again.data).toEqual(mine.data);
    const theirsAfter = await read<Board>(BOARD, otherChair, other.panelId);
    expect(theirsAfter.data.taskBoard.byAgency.every((a) => a.agency.name.endsWith('(renamed)'))).toBe(true);
  });

  it('keeps the threat picture the same way, and every member allowed sees the one answer', async () => {
    const cold = await read<Record<string, unknown>>(PICTURE);
    const observer = await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD);
    const warm = await read<Record<string, unknown>>(PICTURE, observer);
    expect(warm.statements).toBe(2);
    expect(warm.data).toEqual(cold.data);
    await t.dataSource.query(`INSERT INTO ocg (panel_id, reference, name, status, score_total) VALUES ($1, 'OCG-CACHE', 'New group', 'ACTIVE', 99)`, [
      p.panelId,
    ]);
    const after = await read<{ threatPicture: { activeCount: number; topGroups: { reference: string }[] } }>(PICTURE);
    expect(after.data.threatPicture.activeCount).toBe((cold.data.threatPicture as { activeCount: number }).activeCount + 1);
    expect(after.data.threatPicture.topGroups[0].reference).toBe('OCG-CACHE');
  });

  it('moves the revision once per committed transaction and panel, never for one rolled back', async () => {
    const start = await revisionOf(t, p.panelId);
    await t.dataSource.transaction(async (m) => {
      for (let i = 0; i < 3; i += 1) {
        await m.query(`INSERT INTO task (panel_id, reference, title, agency_id, status) VALUES ($1, $2, 'Batch', $3, 'OPEN')`, [
          p.panelId,
          `T-BATCH-${i}`,
          p.agencies.HMRC,
        ]);
      }
      await m.query(`UPDATE task SET title = 'Batch, renamed' WHERE panel_id = $1 AND reference LIKE 'T-BATCH-%'`, [p.panelId]);
    });
    expect(await revisionOf(t, p.panelId)).toBe(start + 1);
    await expect(
      t.dataSource.transaction(async (m) => {
        await m.query(`UPDATE task SET title = 'Never kept' WHERE panel_id = $1`, [p.panelId]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await revisionOf(t, p.panelId)).toBe(start + 1);
  });

  it('is moved by every table the kept figures read', async () => {
    const tables = new Set<string>();
    for (const text of [THREAT_PICTURE_SQL, BOARD_SQL]) {
      for (const m of text.matchAll(/\b(?:FROM|JOIN)\s+"?([a-z_]+)"?/gi)) tables.add(m[1].toLowerCase());
    }
    const real: { relname: string; revised: boolean }[] = await t.dataSource.query(
      `SELECT c.relname, EXISTS (SELECT FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname LIKE '%_panel_revision') AS revised
         FROM pg_class c WHERE c.relkind IN ('r', 'p') AND c.relnamespace = current_schema()::regnamespace AND c.relname = ANY($1)`,
      [[...tables]],
    );
    // Sanity: the statements' tables were found (the rest of the names are the statements' own CTEs).
    expect(real.map((r) => r.relname)).toEqual(expect.arrayContaining(['task', 'ocg', 'agency', 'ocg_score', 'emerging_threat']));
    expect(real.filter((r) => !r.revised).map((r) => r.relname)).toEqual([]);
  });
});

describe('panel-wide figures with keeping turned off', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ PANEL_READ_CACHE_ENTRIES: '0' }, sql);
  });
  afterAll(() => t.close());

  it('works the figures out at every read', async () => {
    const p = await createPanel(t.dataSource);
    const chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    const counts: number[] = [];
    sql.keep = true;
    for (let i = 0; i < 2; i += 1) {
      sql.count = 0;
      const res = await t.gql(BOARD, { panelId: p.panelId }, { session: chair });
      expect(res.errors).toBeUndefined();
      counts.push(sql.count);
    }
    // The session and the board, each time; no look at the revision.
    expect(counts).toEqual([2, 2]);
    expect(sql.statements.filter((s) => s.includes('panel_revision'))).toEqual([]);
    expect(sql.statements.filter((s) => s.includes('WITH f AS'))).toHaveLength(2);
  });
});
