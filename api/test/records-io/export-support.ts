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
  return sheets[0].data.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : String(cell))));
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
