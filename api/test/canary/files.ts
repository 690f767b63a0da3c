import { inflateRawSync, inflateSync } from 'node:zlib';

/**
 * The text inside the files the API hands out, so canaries can be searched for in them: the parts of a zip
 * (Word and Excel files are zips of XML), and the text a PDF shows. Only node:zlib is used, so the suite depends
 * on no PDF or zip package that the API itself does not ship.
 */

/** Every file of a zip archive (stored or deflated), by name, as UTF-8 text. */
export function unzip(buf: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  // The end-of-central-directory record: its signature, searched for from the end (a comment may follow it).
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('bad zip central directory');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataAt, dataAt + size);
    out.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/**
 * The text of every XML part of an Office file, tags removed. Word splits text into runs and Excel into cells,
 * so the parts are joined without separators: a token cut across two runs is found whole.
 */
export function officeText(buf: Buffer): string {
  return [...unzip(buf)]
    .filter(([name]) => name.endsWith('.xml'))
    .map(([, xml]) => xml.replace(/<[^>]+>/g, ''))
    .join('\n');
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[2];
    const s = body.indexOf('stream');
    if (s < 0) {
      out.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, s);
    const start = m.index + m[0].indexOf(body) + s + 'stream'.length + (body[s + 6] === '\r' ? 2 : 1);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const raw = pdf.subarray(start, start + length);
    let stream: Buffer = raw;
    if (/\/FlateDecode/.test(dict)) {
      try {
        stream = inflateSync(raw);
      } catch {
        stream = Buffer.alloc(0);
      }
    }
    out.set(Number(m[1]), { dict, stream });
  }
  return out;
}

/** A font's ToUnicode map: glyph code (hex, as written in the content) to text. */
function toUnicode(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(m[1].toUpperCase(), utf16(m[2]));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
      const from = parseInt(m[1], 16);
      const to = parseInt(m[2], 16);
      const width = m[1].length;
      const targets = m[3].startsWith('[') ? [...m[3].matchAll(/<([0-9A-Fa-f]+)>/g)].map((t) => t[1]) : null;
      for (let code = from; code <= to; code++) {
        const key = code.toString(16).toUpperCase().padStart(width, '0');
        if (targets) map.set(key, utf16(targets[code - from] ?? ''));
        else {
          const base = m[3].slice(1, -1);
          const last = parseInt(base.slice(-4), 16) + (code - from);
          map.set(key, utf16(base.slice(0, -4) + last.toString(16).padStart(4, '0')));
        }
      }
    }
  }
  return map;
}

/**
 * The text a PDF printed by Chromium shows, in content order. Its fonts are subsets addressed by two-byte glyph
 * codes, each with a ToUnicode map; the text of every page is decoded through the map of the font in use (Tf).
 * Strings are joined without separators, so a word that Chromium draws in several pieces (it does, for kerning)
 * reads whole.
 */
export function pdfText(pdf: Buffer): string {
  const objs = objects(pdf);
  const ref = (dict: string, key: string) => Number(new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict)?.[1] ?? -1);
  const maps = new Map<number, Map<string, string>>();
  const fontMap = (fontObj: number) => {
    if (!maps.has(fontObj)) {
      const cmap = objs.get(ref(objs.get(fontObj)?.dict ?? '', 'ToUnicode'))?.stream?.toString('latin1') ?? '';
      maps.set(fontObj, toUnicode(cmap));
    }
    return maps.get(fontObj)!;
  };
  const pieces: string[] = [];
  for (const [, page] of objs) {
    if (!/\/Type\s*\/Page\b/.test(page.dict)) continue;
    let resources = page.dict;
    const resRef = ref(page.dict, 'Resources');
    if (resRef >= 0) resources = objs.get(resRef)?.dict ?? '';
    const fontBlock = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
    const fonts = new Map([...fontBlock.matchAll(/\/([^\s/<>]+)\s+(\d+) 0 R/g)].map((m) => [m[1], Number(m[2])]));
    const contents = /\/Contents\s*\[([^\]]*)\]/.exec(page.dict)?.[1] ?? /\/Contents\s+(\d+ 0 R)/.exec(page.dict)?.[1] ?? '';
    for (const c of contents.matchAll(/(\d+) 0 R/g)) {
      const content = objs.get(Number(c[1]))?.stream?.toString('latin1') ?? '';
      let map = new Map<string, string>();
      for (const m of content.matchAll(/\/([^\s/<>[\]()]+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f\s]+)>|\(((?:\\.|[^\\)])*)\)/g)) {
        if (m[1] !== undefined) map = fontMap(fonts.get(m[1]) ?? -1);
        else if (m[2] !== undefined) {
          const hex = m[2].replace(/\s+/g, '').toUpperCase();
          pieces.push((hex.match(/.{4}/g) ?? []).map((code) => map.get(code) ?? '').join(''));
        } else pieces.push(m[3].replace(/\\(.)/g, '$1'));
      }
    }
  }
  return pieces.join('');
}
