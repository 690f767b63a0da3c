import Papa from 'papaparse';
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { PROTECTIVE_MARKING } from '@sentinel/shared';

/*
 * Tables in and out of CSV and XLSX files. Every file written starts with the protective marking; every
 * string cell that a spreadsheet would run as a formula (= + - @ tab CR) is neutralised with a leading
 * apostrophe, in CSV by papaparse's escapeFormulae and in XLSX by the same rule here.
 */

export type CellValue = string | number | null;

export interface Table {
  header: string[];
  rows: CellValue[][];
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `neutralise`, so a file exported here imports with the values it was made from. */
export function unneutralise(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

export function toCsv(table: Table): Buffer {
  const body = Papa.unparse({ fields: table.header, data: table.rows.map((r) => r.map((c) => c ?? '')) }, { escapeFormulae: true, newline: '\r\n' });
  // The byte-order mark lets Excel read accented names as UTF-8; the marking is the first line people see.
  return Buffer.from(`\uFEFF${PROTECTIVE_MARKING}\r\n${body}\r\n`, 'utf8');
}

export async function toXlsx(table: Table, sheet: string): Promise<Buffer> {
  const cell = (v: CellValue): Cell => (typeof v === 'string' ? { value: neutralise(v), type: String } : v);
  const data: SheetData = [
    [{ value: PROTECTIVE_MARKING, type: String, fontWeight: 'bold', textColor: '#d4351c' }],
    table.header.map((h) => ({ value: h, type: String, fontWeight: 'bold' })),
    ...table.rows.map((r) => r.map(cell)),
  ];
  return writeXlsxFile(data, { sheet, stickyRowsCount: 2, columns: table.header.map((h) => ({ width: Math.max(12, h.length + 2) })) }).toBuffer();
}

/** A file's rows as text, numbered as the spreadsheet shows them (1 = the first line of the file). */
export interface ReadRow {
  row: number;
  cells: string[];
}
