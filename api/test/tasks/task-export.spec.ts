import readXlsxFile from 'read-excel-file/node';
import { londonToday, PROTECTIVE_MARKING, TASK_STATUSES } from '@sentinel/shared';
import {
  csvRows,
  disclosuresSince,
  everyPage,
  expectDates,
  expectDefaultFont,
  fileReferences,
  lastConsultationId,
  xlsxColumns,
  xlsxRows,
  type ExportFile,
} from '../records-io/export-support.js';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const EXPORT = `mutation($panelId: ID!, $format: ExportFormat!, $filter: TaskFilter, $sort: TaskSort) {
  exportTasks(panelId: $panelId, format: $format, filter: $filter, sort: $sort) {
    filename contentType base64 rowCount } }`;
const ALLOCATE = 'mutation($i: AllocateTaskInput!) { allocateTask(input: $i) { id reference version } }';

describe('exporting tasks', () => {
  let t: TestApp;
  let p: PanelFixture;
  let chair: string;
  let hmrc: string;
  const refs: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    chair = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
    hmrc = await t.signIn(p.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    await t.dataSource.query(`INSERT INTO ocg (panel_id, reference, name, status) VALUES ($1, 'OCG-0007', 'Operation Larch', 'ACTIVE')`, [p.panelId]);
    const [ocg] = await t.dataSource.query(`SELECT id FROM ocg WHERE panel_id = $1`, [p.panelId]);
    const tasks: [string, string, Record<string, unknown>][] = [
      [
        'formula',
        p.agencies.HMRC,
        { title: '=HYPERLINK("http://evil.example","Click")', dueOn: '2020-01-10', ocgId: ocg.id, strand: 'PURSUE', priority: 'HIGH' },
      ],
      ['hmrcLater', p.agencies.HMRC, { title: 'Assess the company', dueOn: '2099-01-10', ownerUserId: p.users.PARTNER_MEMBER.userId }],
      ['police', p.agencies['Police SOC unit'], { title: 'Warrant at the flat', dueOn: '2020-02-01' }],
    ];
    for (const [key, agencyId, { dueOn, ...fields }] of tasks) {
      // A due date in the past is refused when set, so the overdue ones are made overdue afterwards.
      const past = typeof dueOn === 'string' && dueOn < '2026-01-01';
      const res = await t.gql<{ allocateTask: { reference: string } }>(
        ALLOCATE,
        { i: { panelId: p.panelId, agencyId, ...fields, dueOn: past ? null : dueOn } },
        { session: chair },
      );
      expect(res.errors).toBeUndefined();
      refs[key] = res.data!.allocateTask.reference;
      if (past) await t.dataSource.query(`UPDATE task SET due_on = $3 WHERE panel_id = $1 AND reference = $2`, [p.panelId, refs[key], dueOn]);
    }
  });
  afterAll(() => t.close());

  const exportAs = (session: string | undefined, vars: Record<string, unknown> = {}) =>
    t.gql<{ exportTasks: ExportFile }>(EXPORT, { panelId: p.panelId, format: 'CSV', ...vars }, { session });

  it('rejects the unauthenticated', async () => {
    expect((await exportAs(undefined)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses roles without the export permission, and answers another panel as missing', async () => {
    const observer = await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD);
    expect((await exportAs(observer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await createPanel(t.dataSource);
    const outsider = await t.signIn(other.users.CHAIR.email, TEST_PASSWORD);
    expect((await exportAs(outsider)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("hides other agencies' tasks: a partner's file holds only their agency's", async () => {
    const res = await exportAs(hmrc);
    expect(res.errors).toBeUndefined();
    const refsInFile = csvRows(res.data!.exportTasks)
      .slice(2)
      .map((r) => r[0]);
    expect(refsInFile.sort()).toEqual([refs.formula, refs.hmrcLater].sort());
    expect(res.data!.exportTasks.rowCount).toBe(2);
  });

  it('writes a CSV with the marking first, the columns asked for, and formulas neutralised', async () => {
    const res = await exportAs(chair);
    expect(res.errors).toBeUndefined();
    const file = res.data!.exportTasks;
    expect(file.filename).toMatch(/^tasks-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.contentType).toBe('text/csv; charset=utf-8');
    const rows = csvRows(file);
    expect(rows[0]).toEqual([PROTECTIVE_MARKING]);
    expect(rows[1]).toEqual([
      'Reference',
      'Title',
      'Agency',
      'Owner',
      'Group reference',
      'Due date',
      'Status',
      'Priority',
      '4P strand',
      'Overdue',
      'Last update',
    ]);
    expect(rows).toHaveLength(5);
    const formula = rows.find((r) => r[0] === refs.formula)!;
    expect(formula.slice(1, 10)).toEqual([
      `'=HYPERLINK("http://evil.example","Click")`,
      'HMRC',
      '',
      'OCG-0007',
      '2020-01-10',
      'Open',
      'High',
      'Pursue',
      'Yes',
    ]);
    expect(formula[10]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const later = rows.find((r) => r[0] === refs.hmrcLater)!;
    const [owner] = await t.dataSource.query(`SELECT name FROM app_user WHERE id = $1`, [p.users.PARTNER_MEMBER.userId]);
    expect([later[3], later[9]]).toEqual([owner.name, 'No']);
  });

  it('applies the task list filters', async () => {
    const overdue = await exportAs(chair, { filter: { overdueOnly: true } });
    expect(
      csvRows(overdue.data!.exportTasks)
        .slice(2)
        .map((r) => r[0])
        .sort(),
    ).toEqual([refs.formula, refs.police].sort());
    const police = await exportAs(chair, { filter: { agencyId: p.agencies['Police SOC unit'], statuses: ['OPEN'] } });
    expect(
      csvRows(police.data!.exportTasks)
        .slice(2)
        .map((r) => r[0]),
    ).toEqual([refs.police]);
  });

  it('writes an Excel workbook with the marking as its first row and formulas as text', async () => {
    const res = await exportAs(chair, { format: 'XLSX' });
    expect(res.errors).toBeUndefined();
    const file = res.data!.exportTasks;
    expect(file.filename).toMatch(/\.xlsx$/);
    const sheets = (await readXlsxFile(Buffer.from(file.base64, 'base64'))) as unknown as { data: unknown[][] }[];
    const rows = sheets[0].data;
    expect(rows[0][0]).toBe(PROTECTIVE_MARKING);
    expect(rows[1][0]).toBe('Reference');
    const formula = rows.find((r) => r[0] === refs.formula)!;
    expect(formula[1]).toBe(`'=HYPERLINK("http://evil.example","Click")`);
    // Due dates and last updates are date cells holding the database's days, not text.
    const cols = await xlsxColumns(file, ['Reference', 'Due date', 'Last update']);
    const db: { reference: string; due: string | null; updated: string }[] = await t.dataSource.query(
      `SELECT reference, due_on::text AS due, (updated_at AT TIME ZONE 'Europe/London')::date::text AS updated FROM task WHERE panel_id = $1`,
      [p.panelId],
    );
    const byRef = new Map(db.map((r) => [r.reference, r]));
    const order = cols.Reference.map((c) => String(c.value));
    expect(order.sort()).toEqual(db.map((r) => r.reference).sort());
    const inFile = cols.Reference.map((c) => byRef.get(String(c.value))!);
    expectDates(
      cols['Due date'],
      inFile.map((r) => r.due),
    );
    expectDates(
      cols['Last update'],
      inFile.map((r) => r.updated),
    );
    expect(cols['Due date'].filter((c) => c.isDate)).toHaveLength(3);
    expectDefaultFont(file);
  });
});

const LIST = `query($panelId: ID!, $filter: TaskFilter, $sort: TaskSort!, $limit: Int!, $offset: Int!) {
  tasks(panelId: $panelId, filter: $filter, sort: $sort, limit: $limit, offset: $offset) { totalCount nodes { id reference } } }`;
const CANARY = 'CANARY-7f3e1b Trading Standards';

describe('a task export holds exactly what the task list shows for the same filter', () => {
  let t: TestApp;
  let p: PanelFixture;
  let ocgId: string;
  const viewers: { name: string; session: string; userId: string; agencyId: string }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    const [ocg] = await t.dataSource.query(
      `INSERT INTO ocg (panel_id, reference, name, status) VALUES ($1, 'OCG-0001', 'Operation Ash', 'ACTIVE') RETURNING id`,
      [p.panelId],
    );
    ocgId = ocg.id;
    const police = p.agencies['Police SOC unit'];
    const { HMRC: hmrc, 'Trading Standards': tradingStandards } = p.agencies;
    // [reference, agency, title, status, due in days, closed days ago, with the group]
    const tasks: [string, string, string, string, number | null, number | null, boolean][] = [
      ['A-0101', hmrc, 'Freeze the company accounts', 'OPEN', -10, null, true],
      ['A-0102', police, 'Search warrant at the garage', 'IN_PROGRESS', 3, null, false],
      ['A-0103', hmrc, 'Check the garage VAT returns', 'BLOCKED', 20, null, true],
      ['A-0104', police, 'Warrant executed at the flat', 'COMPLETED', -5, 5, true],
      ['A-0105', hmrc, 'Seize the café takings', 'NOT_DONE', -70, 60, false],
      ['A-0106', hmrc, 'Review the premises licence', 'COMPLETED', null, 2, false],
      ['A-0107', tradingStandards, `${CANARY} visit to the garage`, 'OPEN', 2, null, true],
      ['A-0108', police, 'Interview the driver', 'OPEN', null, null, false],
      ['A-0109', hmrc, 'Trace the warrant money', 'OPEN', 6, null, false],
    ];
    for (const [reference, agencyId, title, status, dueIn, closedAgo, withGroup] of tasks) {
      await t.dataSource.query(
        `INSERT INTO task (panel_id, reference, title, agency_id, status, due_on, closed_at, blocked_reason, not_done_cause, ocg_id)
         VALUES ($1, $2, $3, $4, $5, $6::date + $7::int, now() - make_interval(days => $8::int), $9, $10, $11)`,
        [
          p.panelId,
          reference,
          title,
          agencyId,
          status,
          londonToday(),
          dueIn,
          closedAgo,
          status === 'BLOCKED' ? 'Waiting for the bank' : null,
          status === 'NOT_DONE' ? 'AGENCY_DID_NOT_ACT' : null,
          withGroup ? ocgId : null,
        ],
      );
    }
    for (const [name, role] of [
      ['chair', 'CHAIR'],
      ['HMRC partner', 'PARTNER_MEMBER'],
    ] as const) {
      const u = p.users[role];
      viewers.push({ name, session: await t.signIn(u.email, TEST_PASSWORD), userId: u.userId, agencyId: u.agencyId });
    }
  });
  afterAll(() => t.close());

  const filters = (): [string, Record<string, unknown>, string?][] => [
    ['no filter', {}],
    ['no filter, by reference', {}, 'REFERENCE'],
    ['no filter, by due date', {}, 'DUE'],
    ...TASK_STATUSES.map((s): [string, Record<string, unknown>] => [`status ${s}`, { statuses: [s] }]),
    ['two statuses', { statuses: ['OPEN', 'BLOCKED'] }],
    ['HMRC', { agencyId: p.agencies.HMRC }],
    ['the police unit', { agencyId: p.agencies['Police SOC unit'] }],
    ['a group', { ocgId }],
    ['overdue only', { overdueOnly: true }],
    ['due within 7 days', { dueWithinDays: 7 }],
    ['closed within 30 days', { closedWithinDays: 30 }],
    ['search text', { search: 'warrant' }],
    ['search words in any order and case', { search: 'GARAGE search' }],
    ['search without the accent', { search: 'cafe' }],
    ['search by reference', { search: 'a107' }],
    ['closed lately at HMRC', { statuses: ['COMPLETED', 'NOT_DONE'], closedWithinDays: 30, agencyId: p.agencies.HMRC }, 'RECENTLY_UPDATED'],
  ];

  it('for every filter, sort and format, for the chair and for a partner, with the disclosures of exactly those tasks', async () => {
    let cases = 0;
    for (const viewer of viewers) {
      const all = await everyPage<{ id: string }>(t, viewer.session, LIST, 'tasks', { panelId: p.panelId, filter: null, sort: 'REFERENCE' }, 3);
      for (const [label, filter, sort = 'OVERDUE_FIRST'] of filters()) {
        const listed = await everyPage<{ id: string; reference: string }>(t, viewer.session, LIST, 'tasks', { panelId: p.panelId, filter, sort }, 2);
        // A filter that narrows nothing would let an export that ignores it pass unseen.
        if (viewer.name === 'chair' && Object.keys(filter).length)
          expect([label, listed.length > 0 && listed.length < all.length]).toEqual([label, true]);
        for (const format of ['CSV', 'XLSX'] as const) {
          const before = await lastConsultationId(t.dataSource);
          const res = await t.gql<{ exportTasks: ExportFile }>(EXPORT, { panelId: p.panelId, format, filter, sort }, { session: viewer.session });
          expect(res.errors).toBeUndefined();
          const file = res.data!.exportTasks;
          expect([viewer.name, label, format, await fileReferences(file, format)]).toEqual([
            viewer.name,
            label,
            format,
            listed.map((n) => n.reference),
          ]);
          expect(file.rowCount).toBe(listed.length);
          const disclosed = await disclosuresSince(t.dataSource, viewer.userId, before);
          expect(disclosed).toEqual(
            listed
              .map((n) => n.id)
              .sort()
              .map((id) => ({ entity_type: 'Task', entity_id: id, disclosed_to_agency_id: viewer.agencyId, channel: 'EXPORT' })),
          );
          cases += 1;
        }
      }
    }
    expect(cases).toBe(viewers.length * filters().length * 2);
  });

  it("never puts another agency's task in a partner's file, whatever the filter", async () => {
    const [chair, partner] = viewers;
    const seen = await t.gql<{ exportTasks: ExportFile }>(
      EXPORT,
      { panelId: p.panelId, format: 'CSV', filter: { search: 'garage' } },
      { session: chair.session },
    );
    expect(Buffer.from(seen.data!.exportTasks.base64, 'base64').toString('utf8')).toContain(CANARY);
    for (const [label, filter] of filters()) {
      for (const format of ['CSV', 'XLSX'] as const) {
        const res = await t.gql<{ exportTasks: ExportFile }>(EXPORT, { panelId: p.panelId, format, filter }, { session: partner.session });
        const file = res.data!.exportTasks;
        const rows = format === 'CSV' ? csvRows(file) : await xlsxRows(file);
        expect([label, format, JSON.stringify(rows).includes('CANARY')]).toEqual([label, format, false]);
      }
    }
  });

  it('refuses a file of more than 10,000 tasks rather than cutting it short, and writes exactly 10,000 with their disclosures', async () => {
    const q = await createPanel(t.dataSource);
    await t.dataSource.query(
      `INSERT INTO task (panel_id, reference, title, agency_id, status, closed_at)
       SELECT $1, 'A-' || lpad(i::text, 5, '0'), 'Bulk task ' || i, $2,
              CASE WHEN i > 10000 THEN 'COMPLETED' ELSE 'OPEN' END, CASE WHEN i > 10000 THEN now() END
         FROM generate_series(1, 10001) i`,
      [q.panelId, q.agencies.HMRC],
    );
    const chair = await t.signIn(q.users.CHAIR.email, TEST_PASSWORD);
    const before = await lastConsultationId(t.dataSource);
    const tooMany = await t.gql(EXPORT, { panelId: q.panelId, format: 'CSV' }, { session: chair });
    expect(tooMany.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter' });
    expect(tooMany.errors?.[0]?.message).toMatch(/More than 10,000 tasks match/);
    expect(await disclosuresSince(t.dataSource, q.users.CHAIR.userId, before)).toEqual([]);

    const open = await t.gql<{ exportTasks: ExportFile }>(
      EXPORT,
      { panelId: q.panelId, format: 'CSV', filter: { statuses: ['OPEN'] } },
      { session: chair },
    );
    expect(open.errors).toBeUndefined();
    expect(open.data!.exportTasks.rowCount).toBe(10_000);
    expect(csvRows(open.data!.exportTasks)).toHaveLength(10_002);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(DISTINCT entity_id)::int AS n FROM consultation_subject WHERE action = 'DISCLOSE' AND actor_user_id = $1 AND id > $2::bigint`,
      [q.users.CHAIR.userId, before],
    );
    expect(n).toBe(10_000);
  });
});
