import { addDays, LIMITS, londonToday } from '@sentinel/shared';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { SqlCounter } from '../support/sql-counter.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ALLOCATE = 'mutation($i: AllocateTaskInput!) { allocateTask(input: $i) { id reference status version agency { name } } }';
const UPDATE = 'mutation($i: AddTaskUpdateInput!) { addTaskUpdate(input: $i) { id status version disruptionId closingNote } }';
const EDIT = 'mutation($i: EditTaskInput!) { editTask(input: $i) { id version dueOn title } }';
const TASK = `query($id: ID!) { task(id: $id) { reference status version updates { kind text fromStatus toStatus authorName authorAgencyName changes { field before after } } } }`;
const SEARCH = `query($p: ID!, $s: String) { tasks(panelId: $p, filter: { search: $s }, sort: REFERENCE, limit: 100) {
  totalCount nodes { reference title agency { name } ocg { reference } } } }`;
// Due dates relative to today, so the tasks are never overdue whenever the suite runs.
const SOON = addDays(londonToday(), 14);
const LATER = addDays(londonToday(), 35);
type Found = { tasks: { totalCount: number; nodes: { reference: string }[] } };

describe('tasks between meetings', () => {
  const sql = new SqlCounter();
  let t: TestApp;
  let p: PanelFixture;
  let chair: string;
  let hmrc: string;
  let ocgId: string;
  beforeAll(async () => {
    t = await startTestApp({}, sql);
    p = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    hmrc = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    const [ocg] = await t.dataSource.query(
      `INSERT INTO ocg (panel_id, reference, name, status) VALUES ($1, 'OCG-0001', 'Operation Larch', 'ACTIVE') RETURNING id`,
      [p.panelId],
    );
    ocgId = ocg.id;
  });
  afterAll(() => t.close());

  const allocate = async (agency: string, title = 'Review the car wash accounts', extra: Record<string, unknown> = {}) => {
    const res = await t.gql<{ allocateTask: { id: string; reference: string; version: number } }>(
      ALLOCATE,
      { i: { panelId: p.panelId, title, agencyId: agency, ocgId, dueOn: SOON, priority: 'HIGH', ...extra } },
      { session: chair },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.allocateTask;
  };

  it("hides other panels' tasks exactly like missing ones", async () => {
    const task = await allocate(p.agencies.HMRC);
    const other = await createPanel(t.dataSource);
    const outsider = await t.signIn(other.users.CHAIR.email, TEST_PASSWORD);
    const foreign = await t.gql(TASK, { id: task.id }, { session: outsider });
    const missing = await t.gql(TASK, { id: '00000000-0000-4000-8000-000000000000' }, { session: outsider });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
  });

  it("answers a partner updating another agency's task exactly like a missing task", async () => {
    const police = await allocate(p.agencies['Police SOC unit'], 'Warrant at the flat');
    const theirs = await t.gql(UPDATE, { i: { taskId: police.id, text: 'We looked at this' } }, { session: hmrc });
    const missing = await t.gql(UPDATE, { i: { taskId: '00000000-0000-4000-8000-000000000000', text: 'We looked at this' } }, { session: hmrc });
    expect(theirs.errors?.[0]).toEqual(missing.errors?.[0]);
    expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const list = await t.gql<{ tasks: { nodes: { reference: string }[] } }>(
      `{ tasks(panelId: "${p.panelId}", limit: 100) { nodes { reference } } }`,
      {},
      { session: hmrc },
    );
    expect(list.data?.tasks.nodes.map((n) => n.reference)).not.toContain(police.reference);
  });

  it('lets the allocated agency post an update and complete the task with a disruption in the same step', async () => {
    const task = await allocate(p.agencies.HMRC);
    expect((await t.gql(UPDATE, { i: { taskId: task.id, text: 'Accounts requested from the company' } }, { session: hmrc })).errors).toBeUndefined();
    const done = await t.gql<{ addTaskUpdate: { status: string; disruptionId: string } }>(
      UPDATE,
      {
        i: {
          taskId: task.id,
          status: 'COMPLETED',
          version: task.version,
          text: 'Assessment raised',
          disruption: {
            occurredOn: '2026-11-27',
            strand: 'PURSUE',
            tacticHeading: 'BUSINESS',
            description: 'Tax assessment raised',
            impact: 'MODERATE',
            rationale: 'Cash flow cut',
            outcomes: { taxActions: 1 },
          },
        },
      },
      { session: hmrc },
    );
    expect(done.errors).toBeUndefined();
    expect(done.data?.addTaskUpdate.status).toBe('COMPLETED');
    const [ledger] = await t.dataSource.query(`SELECT ocg_id, agency_id, tax_actions, impact FROM disruption WHERE id = $1`, [
      done.data!.addTaskUpdate.disruptionId,
    ]);
    expect(ledger).toEqual({ ocg_id: ocgId, agency_id: p.agencies.HMRC, tax_actions: 1, impact: 'MODERATE' });
    const timeline = await t.gql<{ task: { updates: { kind: string; authorAgencyName: string }[] } }>(TASK, { id: task.id }, { session: chair });
    expect(timeline.data?.task.updates.map((u) => u.kind)).toEqual(['CREATED', 'NOTE', 'STATUS']);
    expect(timeline.data?.task.updates[1].authorAgencyName).toBe('HMRC');
  });

  it('rolls the whole step back when the disruption is refused', async () => {
    const task = await allocate(p.agencies.HMRC);
    const res = await t.gql(
      UPDATE,
      {
        i: {
          taskId: task.id,
          status: 'COMPLETED',
          version: task.version,
          disruption: { occurredOn: '2026-11-27', strand: 'PURSUE', tacticHeading: 'BUSINESS', description: 'x', impact: 'MAJOR', rationale: ' ' },
        },
      },
      { session: hmrc },
    );
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'rationale' });
    const [row] = await t.dataSource.query(`SELECT status, version FROM task WHERE id = $1`, [task.id]);
    expect(row).toEqual({ status: 'OPEN', version: 1 });
  });

  it('refuses to close a task as not done without a cause, and lets only the chair close it so', async () => {
    const task = await allocate(p.agencies.HMRC);
    const partner = await t.gql(
      UPDATE,
      { i: { taskId: task.id, status: 'NOT_DONE', notDoneCause: 'CIRCUMSTANCES_CHANGED', version: 1 } },
      { session: hmrc },
    );
    expect(partner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noCause = await t.gql(UPDATE, { i: { taskId: task.id, status: 'NOT_DONE', version: 1, text: 'Not needed' } }, { session: chair });
    expect(noCause.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'notDoneCause' });
    const closed = await t.gql<{ addTaskUpdate: { status: string } }>(
      UPDATE,
      { i: { taskId: task.id, status: 'NOT_DONE', notDoneCause: 'AGENCY_DID_NOT_ACT', version: 1, text: 'No response in two months' } },
      { session: chair },
    );
    expect(closed.data?.addTaskUpdate.status).toBe('NOT_DONE');
  });

  it('answers CONFLICT to the second of two edits at once, naming what changed, and keeps both versions in the timeline', async () => {
    const task = await allocate(p.agencies.HMRC, 'Check the licence');
    const coordinator = await t.signIn(p.users.COORDINATOR.email, TEST_PASSWORD);
    const base = { id: task.id, version: task.version, title: 'Check the licence', agencyId: p.agencies.HMRC, priority: 'HIGH' };
    const first = await t.gql(EDIT, { i: { ...base, dueOn: LATER } }, { session: chair });
    expect(first.errors).toBeUndefined();
    const second = await t.gql(EDIT, { i: { ...base, title: 'Check the premises licence', dueOn: SOON } }, { session: coordinator });
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // Named as the form labels them; the fields by name too, for the form to lay theirs beside the person's own.
    expect(second.errors?.[0]?.message).toBe(
      'This task was changed by someone else since you opened it: Due date changed. Check their changes beside yours, then save again.',
    );
    expect(second.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', changedFields: ['dueOn'] });
    const history = await t.gql<{ task: { updates: { kind: string; changes: { field: string; before: string; after: string }[] }[] } }>(
      TASK,
      { id: task.id },
      { session: chair },
    );
    const edit = history.data!.task.updates.find((u) => u.kind === 'EDITED');
    expect(edit?.changes).toEqual([{ field: 'dueOn', before: JSON.stringify(SOON), after: JSON.stringify(LATER) }]);
  });

  it('refuses a due date in the past on a new task or a changed one, and keeps an overdue one that is left as it was', async () => {
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM task WHERE panel_id = $1`, [p.panelId]))[0].n;
    const yesterday = addDays(londonToday(), -1);
    const raised = await t.gql(
      ALLOCATE,
      { i: { panelId: p.panelId, title: 'Review the car wash accounts', agencyId: p.agencies.HMRC, dueOn: '2025-01-01' } },
      { session: chair },
    );
    expect(raised.errors?.[0]).toMatchObject({
      message: 'Due date must be today or in the future',
      extensions: { code: 'BAD_USER_INPUT', field: 'dueOn' },
    });
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM task WHERE panel_id = $1`, [p.panelId]))[0].n).toBe(before);
    const today = await allocate(p.agencies.HMRC, 'Due today', { dueOn: londonToday() });
    // Overdue since it was set: correcting its title leaves the due date alone, moving it to another past day is refused.
    await t.dataSource.query(`UPDATE task SET due_on = $2 WHERE id = $1`, [today.id, yesterday]);
    const base = { id: today.id, version: today.version, title: 'Due yesterday', agencyId: p.agencies.HMRC, priority: 'HIGH' };
    const moved = await t.gql(EDIT, { i: { ...base, dueOn: addDays(yesterday, -1) } }, { session: chair });
    expect(moved.errors?.[0]).toMatchObject({ message: 'Due date must be today or in the future', extensions: { field: 'dueOn' } });
    const kept = await t.gql<{ editTask: { dueOn: string; title: string } }>(EDIT, { i: { ...base, dueOn: yesterday } }, { session: chair });
    expect(kept.data?.editTask).toMatchObject({ dueOn: yesterday, title: 'Due yesterday' });
  });

  it('answers CONFLICT to a status sent with a stale version even when the task already has that status, and writes nothing', async () => {
    const task = await allocate(p.agencies.HMRC, 'Visit the scrap yard');
    const started = await t.gql<{ addTaskUpdate: { status: string; version: number } }>(
      UPDATE,
      { i: { taskId: task.id, status: 'IN_PROGRESS', version: task.version } },
      { session: hmrc },
    );
    expect(started.data?.addTaskUpdate).toMatchObject({ status: 'IN_PROGRESS', version: task.version + 1 });
    // Someone else moved it on and back since this person opened it: the status is the one they chose, the version is not.
    const stopped = await t.gql<{ addTaskUpdate: { version: number } }>(
      UPDATE,
      { i: { taskId: task.id, status: 'OPEN', version: task.version + 1 } },
      { session: chair },
    );
    const restarted = await t.gql<{ addTaskUpdate: { version: number } }>(
      UPDATE,
      { i: { taskId: task.id, status: 'IN_PROGRESS', version: stopped.data!.addTaskUpdate.version } },
      { session: chair },
    );
    const current = restarted.data!.addTaskUpdate.version;
    const updates = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM task_update WHERE task_id = $1`, [task.id]))[0].n as number;
    const before = await updates();

    const stale = await t.gql(
      UPDATE,
      { i: { taskId: task.id, status: 'IN_PROGRESS', version: task.version + 1, text: 'Started on it' } },
      { session: hmrc },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await updates()).toBe(before);
    const noVersion = await t.gql(UPDATE, { i: { taskId: task.id, status: 'IN_PROGRESS', text: 'Started on it' } }, { session: hmrc });
    expect(noVersion.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'version' });
    expect(await updates()).toBe(before);

    // With the version seen, the same status is taken as the note it carries.
    const fresh = await t.gql<{ addTaskUpdate: { status: string; version: number } }>(
      UPDATE,
      { i: { taskId: task.id, status: 'IN_PROGRESS', version: current, text: 'Started on it' } },
      { session: hmrc },
    );
    expect(fresh.errors).toBeUndefined();
    expect(fresh.data?.addTaskUpdate).toMatchObject({ status: 'IN_PROGRESS', version: current });
    expect(await updates()).toBe(before + 1);
  });

  it('keeps the history of a reallocation', async () => {
    const task = await allocate(p.agencies.HMRC, 'Visit the premises');
    const res = await t.gql(
      EDIT,
      {
        i: { id: task.id, version: 1, title: 'Visit the premises', agencyId: p.agencies['Trading Standards'], priority: 'HIGH', dueOn: SOON },
      },
      { session: chair },
    );
    expect(res.errors).toBeUndefined();
    const history = await t.gql<{ task: { updates: { kind: string; changes: { field: string; before: string; after: string }[] }[] } }>(
      TASK,
      { id: task.id },
      { session: chair },
    );
    const moved = history.data!.task.updates.find((u) => u.kind === 'REALLOCATED');
    expect(moved?.changes).toEqual([
      { field: 'agencyId', before: JSON.stringify(p.agencies.HMRC), after: JSON.stringify(p.agencies['Trading Standards']) },
    ]);
    expect((await t.gql(TASK, { id: task.id }, { session: hmrc })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('lets an observer read every task but change none', async () => {
    const task = await allocate(p.agencies.HMRC, 'Observer check');
    const observer = await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD);
    expect((await t.gql(TASK, { id: task.id }, { session: observer })).data).toBeTruthy();
    expect((await t.gql(UPDATE, { i: { taskId: task.id, text: 'hello' } }, { session: observer })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
  const search = async (session: string, s: string, panelId = p.panelId) => {
    const res = await t.gql<Found>(SEARCH, { p: panelId, s }, { session });
    expect(res.errors).toBeUndefined();
    return res.data!.tasks;
  };
  const found = async (session: string, s: string, panelId = p.panelId) => (await search(session, s, panelId)).nodes.map((n) => n.reference);

  it('finds tasks by every word typed, in any order, case and accents ignored, and by the reference however it is written', async () => {
    const q = await createPanel(t.dataSource);
    const qChair = await t.signIn(q.users.CHAIR.email, TEST_PASSWORD);
    const make = async (title: string) => {
      const res = await t.gql<{ allocateTask: { reference: string } }>(
        ALLOCATE,
        { i: { panelId: q.panelId, title, agencyId: q.agencies.HMRC } },
        { session: qChair },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.allocateTask.reference;
    };
    const wash = await make('Review the Harbour Street car wash accounts');
    const cafe = await make('Visit the Café Noir premises');
    const park = await make('Check the car park licence');
    const find = (s: string) => found(qChair, s, q.panelId);
    expect(await find('ACCOUNTS harbour')).toEqual([wash]);
    expect(await find('car')).toEqual([wash, park]);
    expect(await find('car wash licence')).toEqual([]);
    expect(await find('noir CAFE')).toEqual([cafe]);
    expect(await find('café')).toEqual([cafe]);
    const n = Number(wash.slice(2));
    for (const ref of [wash, wash.toLowerCase(), wash.replace('-', ''), wash.slice(2), `a${n}`, `${wash.toLowerCase()} car`]) {
      expect(await find(ref)).toEqual([wash]);
    }
    // LIKE's wildcards are matched as typed.
    expect(await find('%')).toEqual([]);
    expect(await find('car_')).toEqual([]);
    expect(await find('  ')).toEqual([wash, cafe, park]);
  });

  it("searches only what the caller may see: another agency's task answers a match exactly like no match", async () => {
    const theirs = await allocate(p.agencies['Police SOC unit'], 'Zebra surveillance at the depot');
    const own = await allocate(p.agencies.HMRC, 'Zebra accounts review');
    expect(await found(hmrc, 'zebra')).toEqual([own.reference]);
    const none = await search(hmrc, 'qwxz');
    expect(none).toEqual({ totalCount: 0, nodes: [] });
    expect(await search(hmrc, 'zebra depot')).toEqual(none);
    expect(await search(hmrc, theirs.reference)).toEqual(none);
    expect(await found(chair, 'zebra depot')).toEqual([theirs.reference]);
  });

  it('bounds the search text, naming the field', async () => {
    const long = await t.gql(SEARCH, { p: p.panelId, s: 'x'.repeat(LIMITS.searchLength + 1) }, { session: chair });
    expect(long.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });

  it('answers a search in the same number of statements for 5 and for 50 matches', async () => {
    const measure = async (matches: number) => {
      const q = await createPanel(t.dataSource);
      const [ocg] = await t.dataSource.query(
        `INSERT INTO ocg (panel_id, reference, name, status) VALUES ($1, 'OCG-0001', 'Group', 'ACTIVE') RETURNING id`,
        [q.panelId],
      );
      // No due dates, so the reminder scans of other test files running beside this one are handed none of these.
      await t.dataSource.query(
        `INSERT INTO task (panel_id, reference, title, agency_id, ocg_id)
         SELECT $1, 'A-' || lpad(g::text, 4, '0'), CASE WHEN g <= $6 THEN 'Visit the launderette ' ELSE 'Check the garage ' END || g,
                (ARRAY[$2, $3, $4]::uuid[])[1 + g % 3], CASE WHEN g % 2 = 0 THEN $5::uuid END
           FROM generate_series(1, 60) g`,
        [q.panelId, q.agencies.HMRC, q.agencies['Police SOC unit'], q.agencies['Trading Standards'], ocg.id, matches],
      );
      const session = await t.signIn(q.users.CHAIR.email, TEST_PASSWORD);
      sql.count = 0;
      expect((await search(session, 'LAUNDERETTE visit', q.panelId)).totalCount).toBe(matches);
      return sql.count;
    };
    expect(await measure(50)).toBe(await measure(5));
  });
});
