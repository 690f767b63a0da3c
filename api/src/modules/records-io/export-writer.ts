import { londonToday } from '@sentinel/shared';
import { maskOf, type Mask } from '../../core/access/known-names.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AppError } from '../../core/errors/app-error.js';
import type { ExportFileObject } from './export-file.object.js';
import type { ExportFormat } from './records-io.enums.js';
import { toCsv, toXlsx, type Table } from './spreadsheet.js';

/** The most records one file holds. Exports read one more row than this, to tell "exactly" from "more". */
export const EXPORT_MAX_ROWS = 10_000;

const CONTENT_TYPES: Record<ExportFormat, string> = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A file is the whole list or nothing: cutting it short would hand over a file that looks complete and is not. */
export function refuseOverMaximum(rowCount: number, noun: string): void {
  if (rowCount > EXPORT_MAX_ROWS) {
    throw AppError.badInput('filter', `More than ${EXPORT_MAX_ROWS.toLocaleString('en-GB')} ${noun} match: narrow the filter to export them`);
  }
}

/** The table's text cells with the panel's known names masked (known-names.ts): a file leaves as the page shows. */
export function maskTable(table: Table, mask: Mask): Table {
  return { header: table.header, rows: table.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? mask(cell) : cell))) };
}

/**
 * The table as a marked CSV or Excel file, named after what it holds and the London date, its free text masked
 * for a viewer without cover.
 */
export async function writeExportFile(
  ctx: RequestContext,
  name: string,
  sheetName: string,
  format: ExportFormat,
  table: Table,
  personalDataWithheld: boolean,
): Promise<ExportFileObject> {
  const filename = `${name}-${londonToday()}.${format.toLowerCase()}`;
  const masked = maskTable(table, await maskOf(ctx));
  const bytes = format === 'CSV' ? toCsv(masked) : await toXlsx(masked, sheetName);
  return { filename, contentType: CONTENT_TYPES[format], base64: bytes.toString('base64'), rowCount: table.rows.length, personalDataWithheld };
}
