import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { GSC_MARKING_LABELS, PROTECTIVE_MARKING } from '@sentinel/shared';
import { AppError } from '../../core/errors/app-error.js';

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

export async function readTable(buffer: Buffer, fileName: string): Promise<{ columns: string[]; rows: ReadRow[] }> {
  const isXlsx = /\.xlsx$/i.test(fileName) || buffer.subarray(0, 2).toString('latin1') === 'PK';
  const raw = isXlsx ? await readXlsx(buffer) : readCsv(buffer);
  const numbered = raw
    .map((cells, i) => ({ row: i + 1, cells: cells.map((c) => unneutralise(c.trim())) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  // A file exported here (or from another marked system) opens with its marking: not a header.
  const markings = new Set(Object.values(GSC_MARKING_LABELS).map((m) => m.toUpperCase()));
  if (numbered.length && numbered[0].cells.filter(Boolean).length === 1 && markings.has(numbered[0].cells.find(Boolean)!.toUpperCase())) {
    numbered.shift();
  }
  const head = numbered.shift();
  if (!head) throw AppError.badInput('fileBase64', 'The file is empty: it needs a row of column names, then a row for each record');
  const columns = head.cells.map((c, i) => c || `Column ${i + 1}`);
  return { columns, rows: numbered };
}

function readCsv(buffer: Buffer): string[][] {
  const text = decodeText(buffer).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  return parsed.data;
}

/** UTF-8, or Windows-1252 as older spreadsheets save it (a £ or an é then still reads correctly). */
function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
}

async function readXlsx(buffer: Buffer): Promise<string[][]> {
  let sheets: { data: unknown[][] }[];
  try {
    sheets = (await readXlsxFile(buffer)) as unknown as { data: unknown[][] }[];
  } catch {
    throw AppError.badInput('fileBase64', 'This file could not be read as an Excel workbook (.xlsx)');
  }
  return (sheets[0]?.data ?? []).map((row) => row.map(cellText));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  // Excel stores dates as days; the reader gives them as midnight UTC.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
