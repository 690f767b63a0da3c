import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { decodeEntities } from './html-entities.js';
import { NO_MASK, TAG_MARK, type Mask } from './known-names.js';

/** A tag, a comment or a declaration; a quoted attribute may hold a `>`. A `<` that opens none of them is text. */
const TAG = /(<!--[\s\S]*?-->|<[A-Za-z/!?](?:[^>"']|"[^"]*"|'[^']*')*>)/;

const encodeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Masks the text of HTML or XML (a page, a Word document's body), never its tags or attributes:
 * `<p>Seen with <b>Crossley</b></p>`. The text is masked as a reader reads it: whole, through its tags
 * (`Cross<b>ley</b>`, `Jason<br>Crossley`, a name split between two runs of a Word document), with its character
 * references decoded (`O&#39;Neil`, `Jason&nbsp;Crossley`). A name that runs through tags is withheld in the text
 * where it starts, and the tags stay where they were, emptied of it.
 */
export function maskHtml(mask: Mask, html: string): string {
  if (mask === NO_MASK) return html;
  const parts = html.split(TAG);
  // Even parts are text, odd parts tags; a mark stands for each tag while the whole text is masked at once.
  const texts = parts.filter((_, i) => i % 2 === 0).map((part) => decodeEntities(part).replaceAll(TAG_MARK, '\uFFFD'));
  const masked = mask(texts.join(TAG_MARK)).split(TAG_MARK);
  return parts.map((part, i) => (i % 2 === 1 || masked[i / 2] === texts[i / 2] ? part : encodeText(masked[i / 2]))).join('');
}

/** The Word parts that hold a document's text: its body, headers, footers and notes. */
const TEXT_PART = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

/**
 * A Word document with the panel's known names masked in its text, its tags untouched: the same document a viewer
 * without cover would read on the page.
 */
export function maskDocx(mask: Mask, docx: Buffer): Buffer {
  if (mask === NO_MASK) return docx;
  const parts = unzipSync(new Uint8Array(docx));
  for (const [name, bytes] of Object.entries(parts)) {
    if (TEXT_PART.test(name)) parts[name] = strToU8(maskHtml(mask, strFromU8(bytes)));
  }
  return Buffer.from(zipSync(parts));
}

/** Properties whose value is TEXT (RFC 5545 3.3.11): escaped `\,` `\;` `\\` `\n`, read unescaped. */
const TEXT_PROPERTIES = new Set([
  'SUMMARY',
  'DESCRIPTION',
  'LOCATION',
  'COMMENT',
  'CONTACT',
  'RESOURCES',
  'CATEGORIES',
  'NAME',
  'X-WR-CALNAME',
  'X-WR-CALDESC',
]);
const ICS_FOLD = 75;

const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
const escapeText = (value: string) => value.replace(/[\\;,]/g, '\\$&').replace(/\r?\n/g, '\\n');

/** One unfolded content line (`NAME;PARAM=...:value`) masked: its parameters as written, a TEXT value unescaped. */
function maskContentLine(mask: Mask, line: string): string {
  const colon = /^(?:[^:"]|"[^"]*")*:/.exec(line);
  if (!colon) return mask(line);
  const head = colon[0];
  const value = line.slice(head.length);
  if (!TEXT_PROPERTIES.has(/^[^;:]*/.exec(head)![0].toUpperCase())) return mask(head) + mask(value);
  const text = unescapeText(value);
  const masked = mask(text);
  return mask(head) + (masked === text ? value : escapeText(masked));
}

/** A content line folded at 75 octets (RFC 5545 3.1), never inside a character. */
function fold(line: string): string[] {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const c of line) {
    const size = Buffer.byteLength(c);
    if (octets + size > ICS_FOLD) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += c;
    octets += size;
  }
  return [...lines, current];
}

/**
 * Masks an iCalendar file. Each content line is unfolded before it is masked (a long line is folded with CRLF and a
 * space, which may fall inside a name) and its TEXT value unescaped (`4 Mill Lane\, Durham`); a line the mask
 * changes is escaped and folded again, any other is left exactly as it was.
 */
export function maskIcs(mask: Mask, ics: string): string {
  if (mask === NO_MASK) return ics;
  const logical: string[][] = [];
  for (const physical of ics.split(/\r?\n/)) {
    if (/^[ \t]/.test(physical) && logical.length) logical[logical.length - 1].push(physical);
    else logical.push([physical]);
  }
  return logical
    .flatMap((physical) => {
      const line =
        physical[0] +
        physical
          .slice(1)
          .map((p) => p.slice(1))
          .join('');
      const masked = maskContentLine(mask, line);
      return masked === line ? physical : fold(masked);
    })
    .join('\r\n');
}
