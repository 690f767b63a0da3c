import { strToU8, Zip, ZipDeflate } from 'fflate';
import request from 'supertest';
import { nextIp, type TestApp } from '../support/test-app.js';

/** What the import routes answer when they refuse. */
export interface Failure {
  errors: { message: string; extensions: { code: string; field?: string } }[];
}

export const csv = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8');

export interface Upload {
  panelId: string;
  kind: string;
  file: Buffer;
  fileName?: string;
  mapping?: { column: string; field: string }[];
}

/** Posts a file as the import page does: multipart form data, the session cookie and the page's own header. */
export function upload(t: TestApp, path: string, u: Upload, opts: { session?: string; headers?: Record<string, string> } = {}) {
  let req = request(t.app.getHttpServer()).post(path).set('X-Forwarded-For', nextIp());
  for (const [name, value] of Object.entries(opts.headers ?? { 'X-Requested-With': 'Sentinel' })) req = req.set(name, value);
  if (opts.session) req = req.set('Cookie', opts.session);
  req = req.field('panelId', u.panelId).field('kind', u.kind);
  if (u.mapping) req = req.field('mapping', JSON.stringify(u.mapping));
  return req.attach('file', u.file, u.fileName ?? 'file.csv');
}

/** A refusal's status, code, field and message, for comparing whole. */
export async function refused(t: TestApp, path: string, u: Upload, opts: Parameters<typeof upload>[3] = {}) {
  const res = await upload(t, path, u, opts);
  const first = (res.body as Failure).errors?.[0];
  return { status: res.status, code: first?.extensions.code, field: first?.extensions.field, message: first?.message };
}

/**
 * A workbook whose first sheet unzips to `inflatedBytes` of markup from a few hundred kilobytes, its directory
 * claiming each entry unzips to a kilobyte (a zip's own figures are the attacker's to write).
 */
export function zipBomb(inflatedBytes: number): Buffer {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    out.push(data);
  });
  const add = (name: string, text: string) => {
    const entry = new ZipDeflate(name, { level: 1 });
    zip.add(entry);
    entry.push(strToU8(text), true);
  };
  add('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  add('xl/workbook.xml', '<?xml version="1.0"?><workbook><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>');
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 9 });
  zip.add(sheet);
  sheet.push(strToU8('<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'));
  const block = new Uint8Array(1024 * 1024).fill(0x41);
  for (let left = inflatedBytes; left > 0; left -= block.length) sheet.push(left > block.length ? block : block.subarray(0, left));
  sheet.push(strToU8('</t></is></c></row></sheetData></worksheet>'), true);
  zip.end();
  const bytes = Buffer.concat(out);
  for (let at = bytes.indexOf(CENTRAL_ENTRY); at !== -1; at = bytes.indexOf(CENTRAL_ENTRY, at + 4)) bytes.writeUInt32LE(1024, at + 24);
  return bytes;
}

const CENTRAL_ENTRY = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
