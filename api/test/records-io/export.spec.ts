import { randomUUID } from 'node:crypto';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { createPanel, TEST_PASSWORD, type PanelFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addNominal, addOcg, linkNominal } from '../search/seed.js';
import { expectDates, expectDefaultFont, xlsxColumns } from './export-support.js';

const EXPORT_OCGS = `mutation($panelId: ID!, $format: ExportFormat!, $filter: OcgFilter) {
  exportOcgs(panelId: $panelId, format: $format, filter: $filter) { filename contentType base64 rowCount personalDataWithheld } }`;
const EXPORT_NOMINALS = `mutation($panelId: ID!, $format: ExportFormat!, $filter: NominalFilter) {
  exportNominals(panelId: $panelId, format: $format, filter: $filter) { filename contentType base64 rowCount personalDataWithheld } }`;

interface ExportFile {
  filename: string;
  contentType: string;
  base64: string;
  rowCount: number;
  personalDataWithheld: boolean;
}

const csvRows = (f: ExportFile) =>
  Papa.parse<string[]>(
    Buffer.from(f.base64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
    { skipEmptyLines: true },
  ).data;

describe('exports', () => {
  let t: TestApp;
  let p: PanelFixture;
  let other: PanelFixture;
  let police: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    p = await createPanel(t.dataSource);
    other = await createPanel(t.dataSource);
    const ds = t.dataSource;
    ids.ocg = await addOcg(ds, p.panelId, 'OCG-0001', 'Riverside Crew', {
      crimeTypes: ['DRUGS_SUPPLY', 'MONEY_LAUNDERING'],
      areas: ['Sunderland', 'Washington'],
      scoreTotal: 72,
      tier: 'Tier 1',
      lroUserId: p.users.POLICE_MEMBER.userId,
    });
    ids.evil = await addOcg(ds, p.panelId, 'OCG-0002', '=HYPERLINK("http://evil.example/x","Click")', { status: 'DORMANT' });
    ids.smith = await addNominal(ds, p.panelId, 'N-0001', 'John', 'Smith', ['Smudge', '@jonny'], '1990-04-01');
    ids.brown = await addNominal(ds, p.panelId, 'N-0002', 'Amy', 'Brown');
    await linkNominal(ds, ids.ocg, ids.smith, 'PRINCIPAL');
    await linkNominal(ds, ids.evil, ids.smith, 'ASSOCIATE');
    await addOcg(ds, other.panelId, 'OCG-0001', 'Other panel crew');
    police = await t.signIn(p.users.POLICE_MEMBER.email, TEST_PASSWORD);
  });
  afterAll(() => t.close());

  const exportAs = async <K extends 'exportOcgs' | 'exportNominals'>(session: string, op: K, vars: Record<string, unknown>) => {
    const res = await t.gql<Record<K, ExportFile>>(op === 'exportOcgs' ? EXPORT_OCGS : EXPORT_NOMINALS, { panelId: p.panelId, ...vars }, { session });
    expect(res.errors).toBeUndefined();
    return res.data![op];
  };

  it('rejects the unauthenticated', async () => {
    const res = await t.gql(EXPORT_OCGS, { panelId: p.panelId, format: 'CSV' });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("hides other panels' records exactly like missing ones", async () => {
    const foreign = await t.gql(EXPORT_OCGS, { panelId: other.panelId, format: 'CSV' }, { session: police });
    const missing = await t.gql(EXPORT_OCGS, { panelId: randomUUID(), format: 'CSV' }, { session: police });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    const own = await exportAs(police, 'exportOcgs', { format: 'CSV' });
    expect(Buffer.from(own.base64, 'base64').toString('utf8')).not.toContain('Other panel crew');
  });

  it('writes OCGs to CSV marked on the first line, with formulae neutralised', async () => {
    const file = await exportAs(police, 'exportOcgs', { format: 'CSV' });
    expect(file).toMatchObject({ contentType: 'text/csv; charset=utf-8', rowCount: 2, personalDataWithheld: false });
    expect(file.filename).toMatch(/^ocgs-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = Buffer.from(file.base64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toBe('OFFICIAL-SENSITIVE');
    const rows = csvRows(file);
    expect(rows[1]).toEqual(['Reference', 'Name', 'Status', 'Tier', 'Score', 'Crime types', 'Areas', 'Lead responsible officer', 'Next review']);
    expect(rows[2]).toEqual([
      'OCG-0001',
      'Riverside Crew',
      'Active',
      'Tier 1',
      '72',
      'Drugs supply; Money laundering',
      'Sunderland; Washington',
      expect.stringMatching(/^POLICE_MEMBER /),
      '2026-03-01',
    ]);
    expect(rows[3][1]).toBe(`'=HYPERLINK("http://evil.example/x","Click")`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('filters the OCGs it writes', async () => {
    const dormant = await exportAs(police, 'exportOcgs', { format: 'CSV', filter: { statuses: ['DORMANT'] } });
    expect(
      csvRows(dormant)
        .slice(2)
        .map((r) => r[0]),
    ).toEqual(['OCG-0002']);
    const drugs = await exportAs(police, 'exportOcgs', { format: 'CSV', filter: { crimeType: 'DRUGS_SUPPLY', search: 'river' } });
    expect(
      csvRows(drugs)
        .slice(2)
        .map((r) => r[0]),
    ).toEqual(['OCG-0001']);
  });

  it('writes an Excel workbook whose first row is the marking, with formulae neutralised', async () => {
    const file = await exportAs(police, 'exportOcgs', { format: 'XLSX' });
    expect(file.filename).toMatch(/\.xlsx$/);
    const [sheet] = await readXlsxFile(Buffer.from(file.base64, 'base64'));
    const data = sheet.data as unknown[][];
    expect(data[0][0]).toBe('OFFICIAL-SENSITIVE');
    expect(data[1][0]).toBe('Reference');
    expect(data[2].slice(0, 5)).toEqual(['OCG-0001', 'Riverside Crew', 'Active', 'Tier 1', 72]);
    expect(data[3][1]).toBe(`'=HYPERLINK("http://evil.example/x","Click")`);
    const reviews = await t.dataSource.query(`SELECT next_review_on::text AS d FROM ocg WHERE panel_id = $1 ORDER BY reference`, [p.panelId]);
    expectDates(
      (await xlsxColumns(file, ['Next review']))['Next review'],
      reviews.map((r: { d: string | null }) => r.d),
    );
    expect(reviews[0].d).not.toBeNull();
    expectDefaultFont(file);
  });

  it('writes nominals with their personal data and logs a disclosure of each to the viewer’s agency', async () => {
    const file = await exportAs(police, 'exportNominals', { format: 'CSV' });
    expect(file.personalDataWithheld).toBe(false);
    const rows = csvRows(file);
    expect(rows[0]).toEqual(['OFFICIAL-SENSITIVE']);
    expect(rows[1]).toEqual(['Reference', 'Surname', 'Forenames', 'Aliases', 'Date of birth', 'OCGs and roles', 'Next review']);
    expect(rows[2]).toEqual(['N-0001', 'Smith', 'John', 'Smudge; @jonny', '1990-04-01', 'OCG-0001 (Principal); OCG-0002 (Associate)', '']);
    expect(rows[3].slice(0, 2)).toEqual(['N-0002', 'Brown']);
    const audit = await t.dataSource.query(
      `SELECT entity_id, disclosed_to_agency_id FROM consultation_subject
        WHERE action = 'DISCLOSE' AND actor_user_id = $1 AND entity_type = 'Nominal' ORDER BY entity_id`,
      [p.users.POLICE_MEMBER.userId],
    );
    expect(audit).toEqual([ids.smith, ids.brown].sort().map((id) => ({ entity_id: id, disclosed_to_agency_id: p.agencies['Police SOC unit'] })));
    const filtered = await exportAs(police, 'exportNominals', { format: 'XLSX', filter: { ocgId: ids.evil } });
    expect(filtered.rowCount).toBe(1);
    // In Excel, dates of birth and review dates are date cells equal to the database's days.
    await t.dataSource.query(`UPDATE nominal SET next_review_on = '2027-02-28' WHERE id = $1`, [ids.brown]);
    const xlsx = await exportAs(police, 'exportNominals', { format: 'XLSX' });
    const cols = await xlsxColumns(xlsx, ['Date of birth', 'Next review']);
    const db = await t.dataSource.query(
      `SELECT date_of_birth::text AS dob, next_review_on::text AS review FROM nominal WHERE panel_id = $1 ORDER BY reference`,
      [p.panelId],
    );
    expectDates(
      cols['Date of birth'],
      db.map((r: { dob: string | null }) => r.dob),
    );
    expectDates(
      cols['Next review'],
      db.map((r: { review: string | null }) => r.review),
    );
    expect(db.map((r: { dob: string | null }) => r.dob)).toContain('1990-04-01');
    expectDefaultFont(xlsx);
  });

  it('withholds personal columns from a partner whose agreement has expired, and logs no disclosure', async () => {
    const q = await createPanel(t.dataSource);
    await addNominal(t.dataSource, q.panelId, 'N-0001', 'Jane', 'Doe', ['JD'], '1985-01-02');
    await t.dataSource.query(`UPDATE agency SET isa_signed_on = '2023-01-01', isa_expires_on = '2024-01-01' WHERE id = $1`, [q.agencies.HMRC]);
    const partner = await t.signIn(q.users.PARTNER_MEMBER.email, TEST_PASSWORD);
    const res = await t.gql<{ exportNominals: ExportFile }>(
      EXPORT_NOMINALS,
      { panelId: q.panelId, format: 'CSV', filter: { search: 'doe' } },
      { session: partner },
    );
    expect(res.data?.exportNominals.rowCount).toBe(0);
    const all = await t.gql<{ exportNominals: ExportFile }>(EXPORT_NOMINALS, { panelId: q.panelId, format: 'CSV' }, { session: partner });
    const file = all.data!.exportNominals;
    expect(file.personalDataWithheld).toBe(true);
    expect(csvRows(file)[2]).toEqual(['N-0001', 'Withheld', 'Withheld', 'Withheld', 'Withheld', '', '']);
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).not.toMatch(/Doe|Jane|1985/);
    const audit = await t.dataSource.query(`SELECT 1 FROM consultation_subject WHERE action = 'DISCLOSE' AND actor_user_id = $1`, [
      q.users.PARTNER_MEMBER.userId,
    ]);
    expect(audit).toEqual([]);
  });

  it('refuses an observer, whose role does not export', async () => {
    const observer = await t.signIn(p.users.OBSERVER.email, TEST_PASSWORD);
    const res = await t.gql(EXPORT_NOMINALS, { panelId: p.panelId, format: 'CSV' }, { session: observer });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
