import Papa from 'papaparse';
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { PROTECTIVE_MARKING } from '@sentinel/shared';

/*
 * Tables in and out of CSV and XLSX files. Dates go out as days (`day()`): text in CSV, real date cells in Excel,
 * so a spreadsheet sorts, filters and calculates with them. Every file written starts with the protective marking; every
 * string cell that a spreadsheet would run as a formula (= + - @ tab CR) is neutralised with a leading
 * apostrophe, in CSV by papaparse's escapeFormulae and in XLSX by the same rule here.
 */

/** A calendar day, as PostgreSQL writes `date::text` (YYYY-MM-DD): the day itself in CSV, a date cell in Excel. */
export interface DayCell {
  day: string;
}

export type CellValue = string | number | null | DayCell;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A date column's cell: empty for no date. */
export function day(iso: string | null): DayCell | null {
  if (iso === null) return null;
  if (!ISO_DAY.test(iso)) throw new Error(`Not a calendar day: ${iso}`);
  return { day: iso };
}

/**
 * How Excel shows a date cell: day first as UK readers expect, with the month in words so that no reader (or
 * Excel set to another locale) can take 03/04 for 4 March.
 */
export const XLSX_DATE_FORMAT = 'd mmm yyyy';

/** Every workbook's default font, the one its cells are written in unless a cell says otherwise. */
const XLSX_FONT = { fontFamily: 'Arial', fontSize: 11 };

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
  const text = (c: CellValue) => (c === null ? '' : typeof c === 'object' ? c.day : c);
  const body = Papa.unparse({ fields: table.header, data: table.rows.map((r) => r.map(text)) }, { escapeFormulae: true, newline: '\r\n' });
  // The byte-order mark lets Excel read accented names as UTF-8; the marking is the first line people see.
  return Buffer.from(`\uFEFF${PROTECTIVE_MARKING}\r\n${body}\r\n`, 'utf8');
}

export async function toXlsx(table: Table, sheet: string): Promise<Buffer> {
  // A day is written as UTC midnight, which the writer turns into that day's serial number with no time part.
  const cell = (v: CellValue): Cell =>
    typeof v === 'string'
      ? { value: neutralise(v), type: String }
      : v !== null && typeof v === 'object'
        ? { value: new Date(`${v.day}T00:00:00Z`), type: Date, format: XLSX_DATE_FORMAT }
        : v;
  const data: SheetData = [
    [{ value: PROTECTIVE_MARKING, type: String, fontWeight: 'bold', textColor: '#d4351c' }],
    table.header.map((h) => ({ value: h, type: String, fontWeight: 'bold' })),
    ...table.rows.map((r) => r.map(cell)),
  ];
  return writeXlsxFile(
    data,
    { sheet, stickyRowsCount: 2, columns: table.header.map((h) => ({ width: Math.max(12, h.length + 2) })) },
    XLSX_FONT,
  ).toBuffer();
}

/** A file's rows as text, numbered as the spreadsheet shows them (1 = the first line of the file). */
export interface ReadRow {
  row: number;
  cells: string[];
}
