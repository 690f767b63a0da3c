import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { maskHtml, NO_MASK, type Mask } from './known-names.js';

/** The Word parts that hold a document's text: its body, headers, footers and notes. */
const TEXT_PART = /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

/**
 * A Word document with the panel's known names masked in its text (known-names.ts), its tags untouched: the same
 * document a viewer without cover would read on the page.
 */
export function maskDocx(mask: Mask, docx: Buffer): Buffer {
  if (mask === NO_MASK) return docx;
  const parts = unzipSync(new Uint8Array(docx));
  for (const [name, bytes] of Object.entries(parts)) {
    if (TEXT_PART.test(name)) parts[name] = strToU8(maskHtml(mask, strFromU8(bytes)));
  }
  return Buffer.from(zipSync(parts));
}
