import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { DOMParser } from '@xmldom/xmldom';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import type { DataSource } from 'typeorm';
import type { TestApp } from '../support/test-app.js';

export interface ExportFile {
  filename: string;
  contentType: string;
  base64: string;
  rowCount: number;
}

/** Every row of a CSV export: the marking, the header, then the records. */
export function csvRows(file: ExportFile): string[][] {
  return Papa.parse<string[]>(
    Buffer.from(file.base64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
    { skipEmptyLines: true },
  ).data;
}

/** Every row of an Excel export's first sheet, as text. */
export async function xlsxRows(file: ExportFile): Promise<string[][]> {
  const sheets = (await readXlsxFile(Buffer.from(file.base64, 'base64'))) as unknown as { data: unknown[][] }[];
  const text = (cell: unknown) => (cell === null || cell === undefined ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell));
  return sheets[0].data.map((row) => row.map(text));
}

export interface XlsxCell {
  /** Whether Excel reads the cell as a date: a serial number under a date number format. */
  isDate: boolean;
  numFmt: string | undefined;
  /** A date cell's calendar day (YYYY-MM-DD), otherwise the value as stored. */
  value: unknown;
}

/**
 * The cells of each named column under the header row (row 2, below the marking), read by exceljs rather than
 * the library that wrote the file, so a cell is checked as Excel will take it.
 */
export async function xlsxColumns(file: { base64: string }, headers: string[]): Promise<Record<string, XlsxCell[]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const heads = (sheet.getRow(2).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
  const out: Record<string, XlsxCell[]> = {};
  for (const header of headers) {
    const column = heads.indexOf(header);
    expect([header, column > 0]).toEqual([header, true]);
    out[header] = [];
    for (let r = 3; r <= sheet.rowCount; r++) {
      const cell = sheet.getRow(r).getCell(column);
      const isDate = cell.type === ExcelJS.ValueType.Date;
      out[header].push({ isDate, numFmt: cell.numFmt, value: cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.value });
    }
  }
  return out;
}

/** Every cell of a column is a real date cell shown day first (as in the UK), holding the given days, in order. */
export function expectDates(cells: XlsxCell[], days: (string | null)[]): void {
  expect(cells.map((c) => c.value ?? null)).toEqual(days);
  for (const c of cells.filter((x) => x.value !== null && x.value !== undefined)) {
    expect(c.isDate).toBe(true);
    expect(c.numFmt).toMatch(/^d{1,2}[ /]m{2,3}[ /]y{4}$/);
  }
}

/** The workbook's default font (the first font, which the default cell style uses) has a name and a size. */
export function expectDefaultFont(file: { base64: string }): void {
  const files = unzipSync(new Uint8Array(Buffer.from(file.base64, 'base64')));
  const styles = new DOMParser().parseFromString(strFromU8(files['xl/styles.xml']), 'text/xml');
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const font = styles.getElementsByTagNameNS(ns, 'fonts')[0]?.getElementsByTagNameNS(ns, 'font')[0];
  expect(font?.getElementsByTagNameNS(ns, 'name')[0]?.getAttribute('val')).toBe('Arial');
  expect(Number(font?.getElementsByTagNameNS(ns, 'sz')[0]?.getAttribute('val'))).toBeGreaterThan(0);
  const first = styles.getElementsByTagNameNS(ns, 'cellXfs')[0]?.getElementsByTagNameNS(ns, 'xf')[0];
  expect(first?.getAttribute('fontId') ?? '0').toBe('0');
}

/** The first column of the record rows (the references), in the file's order. */
export async function fileReferences(file: ExportFile, format: 'CSV' | 'XLSX'): Promise<string[]> {
  const rows = format === 'CSV' ? csvRows(file) : await xlsxRows(file);
  return rows.slice(2).map((r) => r[0]);
}

/**
 * Every node a list query answers for one filter, page by page, so that a test compares an export with all
 * the pages a person could have turned, not only the first.
 */
export async function everyPage<N>(
  t: TestApp,
  session: string,
  query: string,
  field: string,
  variables: Record<string, unknown>,
  pageSize: number,
): Promise<N[]> {
  const nodes: N[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const res = await t.gql<Record<string, { totalCount: number; nodes: N[] }>>(query, { ...variables, limit: pageSize, offset }, { session });
    expect(res.errors).toBeUndefined();
    const page = res.data![field];
    nodes.push(...page.nodes);
    if (page.nodes.length < pageSize || nodes.length >= page.totalCount) {
      expect(nodes).toHaveLength(page.totalCount);
      return nodes;
    }
  }
}

/** The consultation log's newest id: disclosures written after it belong to what the test does next. */
export async function lastConsultationId(ds: DataSource): Promise<string> {
  const [row] = await ds.query(`SELECT coalesce(max(id), 0)::text AS id FROM consultation`);
  return row.id;
}

export interface DisclosureRow {
  entity_type: string;
  entity_id: string;
  disclosed_to_agency_id: string | null;
  channel: string | null;
}

/** The records a user disclosed after a consultation log id, ordered by the record disclosed. */
export function disclosuresSince(ds: DataSource, userId: string, afterId: string): Promise<DisclosureRow[]> {
  return ds.query(
    `SELECT entity_type, entity_id, disclosed_to_agency_id, channel FROM consultation_subject
      WHERE action = 'DISCLOSE' AND actor_user_id = $1 AND id > $2::bigint ORDER BY entity_id`,
    [userId, afterId],
  );
}
