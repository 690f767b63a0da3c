import { zipSync, strToU8 } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { IMPORT_LIMITS, IMPORT_PATHS } from '@sentinel/shared';
import { AppError } from '../../src/core/errors/app-error.js';
import { CsvSplitter, guessDelimiter } from '../../src/modules/records-io/csv-splitter.js';
import { checkWorkbook, readCsv, readTable } from '../../src/modules/records-io/import-file.js';
import { createPanel, TEST_PASSWORD } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { csv, refused, zipBomb } from './import-support.js';

/** The code an import file is refused with, or 'read' when it is read. */
async function outcome(name: string, bytes: Buffer): Promise<string> {
  try {
    await readTable({ name, bytes });
    return 'read';
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

function split(pieces: string[], delimiter = ','): string[][] {
  const rows: string[][] = [];
  const splitter = new CsvSplitter(delimiter, (cells) => rows.push(cells) > 0);
  pieces.forEach((p) => splitter.push(p));
  splitter.end();
  return rows;
}

describe('reading import files within limits', () => {
  it('splits CSV as spreadsheets write it, however the text is cut into pieces', () => {
    const text = 'Name,Notes\r\n"Smith, John","said ""hi""\r\nthen left"\n\nlast,"open';
    const expected = [['Name', 'Notes'], ['Smith, John', 'said "hi"\r\nthen left'], [''], ['last', 'open']];
    expect(split([text])).toEqual(expected);
    for (let cut = 1; cut < text.length; cut++) expect([cut, split([text.slice(0, cut), text.slice(cut)])]).toEqual([cut, expected]);
    expect(guessDelimiter('OFFICIAL-SENSITIVE\nName;Areas;"a,b"\nx;y;z')).toBe(';');
    expect(guessDelimiter('Name\nx')).toBe(',');
  });

  it('stops reading a CSV of 2.6 million rows once it has seen more rows than may be imported', async () => {
    const lines = 2_600_000;
    const bytes = Buffer.from('a\n'.repeat(lines));
    const stopAfter = IMPORT_LIMITS.maxRows + 3;
    const read = await readCsv(bytes, stopAfter, stopAfter * 20);
    expect(read.truncated).toBe(true);
    expect(read.rows.length).toBe(stopAfter);
    expect(read.lines).toBeLessThanOrEqual(stopAfter);
    expect(await outcome('big.csv', bytes)).toBe('IMPORT_TOO_LARGE');
    // Empty lines count too: a file of nothing but line breaks stops as early.
    const empty = await readCsv(Buffer.from('\n'.repeat(lines)), stopAfter, stopAfter * 20);
    expect([empty.truncated, empty.rows.length, empty.lines]).toEqual([true, 0, stopAfter * 20]);
    // At the limit, every row is read.
    const full = csv(['Name', ...Array.from({ length: IMPORT_LIMITS.maxRows }, (_, i) => `Crew ${i}`)]);
    expect((await readTable({ name: 'full.csv', bytes: full })).rows).toHaveLength(IMPORT_LIMITS.maxRows);
  });

  it('refuses text that is not UTF-8 or Windows-1252, and reads Windows-1252', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\r\nA crew\r\n', 'utf16le')]);
    expect(await outcome('a.csv', utf16)).toBe('IMPORT_ENCODING');
    expect(await outcome('a.csv', Buffer.from('Name\r\nA crew\r\n', 'utf16le'))).toBe('IMPORT_ENCODING');
    expect(await outcome('a.csv', Buffer.from([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]))).toBe(
      'IMPORT_ENCODING',
    );
    expect(await outcome('a.csv', Buffer.from('Name\nA \u0007crew\n'))).toBe('IMPORT_ENCODING');
    // Windows-1252 bytes that name no character (0x81) are not text either.
    expect(await outcome('a.csv', Buffer.from([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x81, 0x0a]))).toBe('IMPORT_ENCODING');
    const latin = Buffer.from('Surname\r\nJos\xe9 \xa3\r\n', 'latin1');
    expect((await readTable({ name: 'a.csv', bytes: latin })).rows).toEqual([{ row: 2, cells: ['José £'] }]);
  });

  it('refuses a workbook that unzips past the limit, counting what really comes out', async () => {
    const bomb = zipBomb(IMPORT_LIMITS.maxInflatedBytes + 4 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(checkWorkbook(bomb, IMPORT_LIMITS)).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE' });
    expect(await outcome('bomb.xlsx', bomb)).toBe('IMPORT_TOO_LARGE');
    // Under a limit it is read through, and what it unzips to is counted exactly.
    const small = zipBomb(1024 * 1024);
    expect((await checkWorkbook(small, IMPORT_LIMITS)).inflatedBytes).toBeGreaterThan(1024 * 1024);
    await expect(checkWorkbook(small, { ...IMPORT_LIMITS, maxInflatedBytes: 1024 * 1024 })).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE' });
  });

  it('refuses a workbook with more rows than may be imported before parsing it, and a broken one', async () => {
    const sheet = (rows: number) =>
      `<worksheet><sheetData>${Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('')}</sheetData></worksheet>`;
    const workbook = (rows: number) => Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': strToU8(sheet(rows)) }));
    await expect(checkWorkbook(workbook(IMPORT_LIMITS.maxRows + 3), IMPORT_LIMITS)).rejects.toMatchObject({ code: 'IMPORT_TOO_LARGE' });
    await expect(checkWorkbook(workbook(IMPORT_LIMITS.maxRows + 2), IMPORT_LIMITS)).resolves.toBeDefined();
    expect(await outcome('broken.xlsx', workbook(3).subarray(0, 40))).toBe('IMPORT_UNREADABLE');
    const good = await writeXlsxFile([['Name'], ['A crew']]).toBuffer();
    expect((await readTable({ name: 'good.xlsx', bytes: good })).rows).toEqual([{ row: 2, cells: ['A crew'] }]);
  });

  describe('through the upload routes', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('refuses a file over 5 MB, a CSV of millions of rows and a zip bomb, and writes nothing', async () => {
      const p = await createPanel(t.dataSource);
      const session = await t.signIn(p.users.CHAIR.email, TEST_PASSWORD);
      const send = (file: Buffer, fileName: string) =>
        refused(t, IMPORT_PATHS.run, { panelId: p.panelId, kind: 'OCGS', file, fileName }, { session });
      expect(await send(Buffer.alloc(IMPORT_LIMITS.maxBytes + 1, 'a'), 'big.csv')).toMatchObject({
        status: 413,
        code: 'IMPORT_TOO_LARGE',
        field: 'file',
      });
      expect(await send(Buffer.from('Name\n' + 'a\n'.repeat(2_500_000)), 'rows.csv')).toMatchObject({ status: 413, code: 'IMPORT_TOO_LARGE' });
      const bomb = await send(zipBomb(IMPORT_LIMITS.maxInflatedBytes + 4 * 1024 * 1024), 'bomb.xlsx');
      expect(bomb).toMatchObject({ status: 413, code: 'IMPORT_TOO_LARGE', field: 'file' });
      expect(bomb.message).toMatch(/unzips to more than 20 MB/);
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name\r\nA crew\r\n', 'utf16le')]);
      expect(await send(utf16, 'a.csv')).toMatchObject({ status: 400, code: 'IMPORT_ENCODING', field: 'file' });
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ocg WHERE panel_id = $1`, [p.panelId]);
      expect(n).toBe(0);
    });
  });
});
