import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { PROTECTIVE_MARKING } from '@sentinel/shared';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const EXPORT = `mutation($panelId: ID!, $format: ExportFormat!, $statuses: [TaskStatus!], $agencyId: ID, $overdueOnly: Boolean) {
  exportTasks(panelId: $panelId, format: $format, statuses: $statuses, agencyId: $agencyId, overdueOnly: $overdueOnly) {
    filename contentType base64 rowCount } }`;
const ALLOCATE = 'mutation($i: AllocateTaskInput!) { allocateTask(input: $i) { id reference version } }';

interface ExportFile {
  filename: string;
  contentType: string;
  base64: string;
  rowCount: number;
}

const csvRows = (file: ExportFile): string[][] =>
  Papa.parse<string[]>(Buffer.from(file.base64, 'base64').toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

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
      ['formula', p.agencies.HMRC, { title: '=HYPERLINK("http://evil.example","Click")', dueOn: '2020-01-10', ocgId: ocg.id, strand: 'PURSUE', priority: 'HIGH' }],
      ['hmrcLater', p.agencies.HMRC, { title: 'Assess the company', dueOn: '2099-01-10', ownerUserId: p.users.PARTNER_MEMBER.userId }],
      ['police', p.agencies['Police SOC unit'], { title: 'Warrant at the flat', dueOn: '2020-02-01' }],
    ];
    for (const [key, agencyId, fields] of tasks) {
      const res = await t.gql<{ allocateTask: { reference: string } }>(ALLOCATE, { i: { panelId: p.panelId, agencyId, ...fields } }, { session: chair });
      expect(res.errors).toBeUndefined();
      refs[key] = res.data!.allocateTask.reference;
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
    const refsInFile = csvRows(res.data!.exportTasks).slice(2).map((r) => r[0]);
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
    expect(rows[1]).toEqual(['Reference', 'Title', 'Agency', 'Owner', 'Group reference', 'Due date', 'Status', 'Priority', '4P strand', 'Overdue', 'Last update']);
    expect(rows).toHaveLength(5);
    const formula = rows.find((r) => r[0] === refs.formula)!;
    expect(formula.slice(1, 10)).toEqual([`'=HYPERLINK("http://evil.example","Click")`, 'HMRC', '', 'OCG-0007', '2020-01-10', 'Open', 'High', 'Pursue', 'Yes']);
    expect(formula[10]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const later = rows.find((r) => r[0] === refs.hmrcLater)!;
    const [owner] = await t.dataSource.query(`SELECT name FROM app_user WHERE id = $1`, [p.users.PARTNER_MEMBER.userId]);
    expect([later[3], later[9]]).toEqual([owner.name, 'No']);
  });

  it('applies the task list filters', async () => {
    const overdue = await exportAs(chair, { overdueOnly: true });
    expect(csvRows(overdue.data!.exportTasks).slice(2).map((r) => r[0]).sort()).toEqual([refs.formula, refs.police].sort());
    const police = await exportAs(chair, { agencyId: p.agencies['Police SOC unit'], statuses: ['OPEN'] });
    expect(csvRows(police.data!.exportTasks).slice(2).map((r) => r[0])).toEqual([refs.police]);
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
  });
});
