import { TextDecoder } from 'node:util';
import { Unzip, UnzipInflate } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { GSC_MARKING_LABELS, IMPORT_LIMITS } from '@sentinel/shared';
import { AppError } from '../../core/errors/app-error.js';
import { CsvSplitter, guessDelimiter } from './csv-splitter.js';
import { unneutralise, type ReadRow } from './spreadsheet.js';

/*
 * Reads an uploaded file into rows without ever holding more than the limits allow: CSV is decoded and split a
 * slice at a time and reading stops once the file has shown more rows than may be imported; a workbook is
 * unzipped once, counting the bytes that really come out (a zip's own figures can lie), before it is parsed.
 * Between slices the work yields, so other requests are answered while a large file is read.
 */

export type ImportLimits = Pick<typeof IMPORT_LIMITS, 'maxRows' | 'maxInflatedBytes'>;

export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

const SLICE = 64 * 1024;
/** Bytes of a zip pushed through the inflater at once: at most about 260 KB come out of them, whatever the file. */
const ZIP_SLICE = 256;
/** Unzipped bytes between two pauses for other requests. */
const INFLATED_PER_TURN = 256 * 1024;
/** A file may hold empty lines (spreadsheets save formatted empty rows), but not endlessly many. */
const EMPTY_LINES_PER_ROW = 20;
// C0 and C1 control characters other than tab, line breaks, form feed and the old end-of-file mark: never in text.
// eslint-disable-next-line no-control-regex -- naming the control characters is the point
const CONTROL = /[\u0001-\u0008\u000B\u000E-\u0019\u001B-\u001F\u007F-\u009F]/;

const ROW_TAG = /<(?:\w+:)?row[\s>]/g;

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));
const count = (n: number) => n.toLocaleString('en-GB');

export function tooManyRows(limits: ImportLimits): AppError {
  return new AppError(
    'IMPORT_TOO_LARGE',
    `The file has more than ${count(limits.maxRows)} rows: split it into files of at most ${count(limits.maxRows)} rows`,
    'file',
  );
}

/** The file's rows as text, numbered as the spreadsheet shows them, empty rows left out. */
export async function readTable(file: UploadedFile, limits: ImportLimits = IMPORT_LIMITS): Promise<{ columns: string[]; rows: ReadRow[] }> {
  if (!file.bytes.length) throw AppError.badInput('file', 'The file is empty');
  const isXlsx = /\.xlsx$/i.test(file.name) || file.bytes.subarray(0, 2).toString('latin1') === 'PK';
  // Room for the marking and the header row, and one row more than allowed, to know the file is too long.
  const stopAfter = limits.maxRows + 3;
  const read = isXlsx ? await readXlsx(file.bytes, limits, stopAfter) : await readCsv(file.bytes, stopAfter, stopAfter * EMPTY_LINES_PER_ROW);
  if (read.truncated) throw tooManyRows(limits);
  const rows = read.rows;
  // A file exported here (or from another marked system) opens with its marking: not a header.
  const markings = new Set(Object.values(GSC_MARKING_LABELS).map((m) => m.toUpperCase()));
  if (rows.length && rows[0].cells.filter(Boolean).length === 1 && markings.has(rows[0].cells.find(Boolean)!.toUpperCase())) rows.shift();
  const head = rows.shift();
  if (!head) throw AppError.badInput('file', 'The file is empty: it needs a row of column names, then a row for each record');
  if (rows.length > limits.maxRows) throw tooManyRows(limits);
  return { columns: head.cells.map((c, i) => c || `Column ${i + 1}`), rows };
}

interface Read {
  rows: ReadRow[];
  /** Reading stopped at a limit: the file holds more than was read. */
  truncated: boolean;
}

function keep(rows: ReadRow[], row: number, cells: string[]): void {
  const trimmed = cells.map((c) => unneutralise(c.trim()));
  if (trimmed.some((c) => c !== '')) rows.push({ row, cells: trimmed });
}

/**
 * Splits CSV bytes into rows until `stopAfter` rows with content or `maxLines` lines in all have been read.
 * UTF-8, or Windows-1252 as older spreadsheets save it (a £ or an é then still reads correctly).
 */
export async function readCsv(bytes: Buffer, stopAfter: number, maxLines: number): Promise<Read & { lines: number }> {
  refuseNonText(bytes);
  try {
    return await splitCsv(bytes, new TextDecoder('utf-8', { fatal: true }), stopAfter, maxLines);
  } catch (e) {
    if ((e as { code?: string }).code !== 'ERR_ENCODING_INVALID_ENCODED_DATA') throw e;
    return splitCsv(bytes, new TextDecoder('windows-1252'), stopAfter, maxLines);
  }
}

function refuseNonText(bytes: Buffer): void {
  const bom = bytes.subarray(0, 2).toString('hex');
  if (bom === 'fffe' || bom === 'feff' || bytes.includes(0)) throw notText();
}

function notText(): AppError {
  return new AppError(
    'IMPORT_ENCODING',
    'The file is not a CSV file saved as text: in Excel choose Save As, then “CSV UTF-8 (Comma delimited)”, and import that file',
    'file',
  );
}

async function splitCsv(bytes: Buffer, decoder: TextDecoder, stopAfter: number, maxLines: number): Promise<Read & { lines: number }> {
  const rows: ReadRow[] = [];
  let lines = 0;
  let truncated = false;
  let splitter: CsvSplitter | null = null;
  const onRow = (cells: string[]): boolean => {
    lines += 1;
    keep(rows, lines, cells);
    truncated = rows.length >= stopAfter || lines >= maxLines;
    return !truncated;
  };
  for (let offset = 0; offset < bytes.length && !truncated; offset += SLICE) {
    const last = offset + SLICE >= bytes.length;
    let text = decoder.decode(bytes.subarray(offset, offset + SLICE), { stream: !last });
    if (offset === 0) text = text.replace(/^\uFEFF/, '');
    if (CONTROL.test(text)) throw notText();
    splitter ??= new CsvSplitter(guessDelimiter(text), onRow);
    splitter.push(text);
    if (!last) await yieldToOthers();
  }
  if (!truncated) splitter?.end();
  return { rows, truncated, lines };
}

async function readXlsx(bytes: Buffer, limits: ImportLimits, stopAfter: number): Promise<Read> {
  await checkWorkbook(bytes, limits);
  let sheet: unknown[][];
  try {
    sheet = (await readSheet(bytes)) as unknown as unknown[][];
  } catch {
    throw unreadableWorkbook();
  }
  const rows: ReadRow[] = [];
  for (let i = 0; i < sheet.length && rows.length < stopAfter; i++) keep(rows, i + 1, sheet[i].map(cellText));
  return { rows, truncated: rows.length >= stopAfter };
}

function unreadableWorkbook(): AppError {
  return new AppError(
    'IMPORT_UNREADABLE',
    'This file could not be read as an Excel workbook (.xlsx): open it in Excel, save it as .xlsx or as CSV UTF-8, and try again',
    'file',
  );
}

/**
 * Unzips the whole workbook once, counting what comes out, and refuses it as soon as it unzips to more than the
 * limit or a sheet shows more rows than may be imported; nothing unzipped is kept.
 */
export async function checkWorkbook(bytes: Uint8Array, limits: ImportLimits): Promise<{ inflatedBytes: number }> {
  let inflated = 0;
  let refusal: AppError | null = null;
  const refuse = (e: AppError) => (refusal ??= e);
  const maxSheetRows = limits.maxRows + 2;
  const unzip = new Unzip((entry) => {
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
    let rows = 0;
    // The end of the text before, so a tag split between two chunks is still counted (once).
    let tail = '';
    entry.ondata = (err, chunk) => {
      if (err) return void refuse(unreadableWorkbook());
      inflated += chunk.length;
      if (inflated > limits.maxInflatedBytes) {
        refuse(
          new AppError(
            'IMPORT_TOO_LARGE',
            `This workbook unzips to more than ${limits.maxInflatedBytes / 1024 / 1024} MB: save the sheet to import as CSV UTF-8, or split it`,
            'file',
          ),
        );
      } else if (isSheet && chunk.length) {
        const text = tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('latin1');
        rows += (text.match(ROW_TAG)?.length ?? 0) - (tail.match(ROW_TAG)?.length ?? 0);
        tail = text.slice(-16);
        if (rows > maxSheetRows) refuse(tooManyRows(limits));
      }
    };
    try {
      entry.start();
    } catch {
      refuse(unreadableWorkbook());
    }
  });
  unzip.register(UnzipInflate);
  let turn = 0;
  for (let offset = 0; offset < bytes.length && !refusal; offset += ZIP_SLICE) {
    try {
      unzip.push(bytes.subarray(offset, offset + ZIP_SLICE), offset + ZIP_SLICE >= bytes.length);
    } catch {
      refuse(unreadableWorkbook());
    }
    if (inflated - turn >= INFLATED_PER_TURN || (offset / ZIP_SLICE) % 256 === 255) {
      turn = inflated;
      await yieldToOthers();
    }
  }
  if (refusal) throw refusal;
  if (!inflated) throw unreadableWorkbook();
  return { inflatedBytes: inflated };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  // Excel stores dates as days; the reader gives them as midnight UTC.
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
