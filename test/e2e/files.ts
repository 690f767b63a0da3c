import fs from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { DOMParser } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import ical from 'node-ical';
import pg from 'pg';

export { pdfText } from '../../api/test/canary/files.js';

/**
 * What the journeys check the screens and files against: the database the app under test writes (the owner's
 * login, so row-level security does not stand between the check and the truth), and parsers that are not the
 * libraries that wrote the files.
 */
const DATABASE_URL = process.env.E2E_DATABASE_URL;

export async function sql<T extends object>(text: string, params: unknown[] = []): Promise<T[]> {
  if (!DATABASE_URL) throw new Error('E2E_DATABASE_URL is not set (test/playwright.config.ts sets it)');
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** The file a click downloads. */
export async function downloaded(page: Page, link: Locator): Promise<{ name: string; body: Buffer }> {
  const download = page.waitForEvent('download');
  await link.click();
  const file = await download;
  return { name: file.suggestedFilename(), body: await fs.readFile(await file.path()) };
}

/** The events of an iCalendar file, as node-ical reads them. */
export function icsEvents(text: string): ical.VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
}

/** The body of a Word document, parsed. */
function wordBody(body: Buffer): Document {
  const xml = strFromU8(unzipSync(new Uint8Array(body))['word/document.xml']);
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
}

const each = <T>(list: { length: number; [i: number]: T }): T[] => Array.from({ length: list.length }, (_, i) => list[i]);

/** The text of a paragraph, cell or table: its runs' text in order. */
const runText = (node: Element) =>
  each(node.getElementsByTagName('w:t'))
    .map((t) => t.textContent ?? '')
    .join('');

/** Each paragraph of a Word document's body, as text, in order. */
export function docxParagraphs(body: Buffer): string[] {
  return each(wordBody(body).getElementsByTagName('w:p')).map(runText);
}

/** Each table of a Word document's body, as rows of cell texts. */
export function docxTables(body: Buffer): string[][][] {
  return each(wordBody(body).getElementsByTagName('w:tbl')).map((table) =>
    each(table.getElementsByTagName('w:tr')).map((row) => each(row.getElementsByTagName('w:tc')).map(runText)),
  );
}

/** The first sheet of a workbook as exceljs reads it: the header row (under the marking) and each row by header. */
export async function xlsxTable(body: Buffer): Promise<{ marking: string; rows: Record<string, unknown>[] }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const heads = sheet.getRow(2).values as unknown[];
  const rows: Record<string, unknown>[] = [];
  for (let r = 3; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Object.fromEntries(heads.flatMap((h, c) => (typeof h === 'string' ? [[h, row.getCell(c).value]] : []))));
  }
  return { marking: String(sheet.getRow(1).getCell(1).value ?? ''), rows };
}

/** A time of day in London, as the documents write it ("10:05"). */
export function londonTime(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}
