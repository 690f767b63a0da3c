/**
 * Character references in the text of HTML or XML, decoded so the mask reads what a reader sees: every numeric
 * reference (`&#39;`, `&#x2019;`), the named ones for spaces, quotes, dashes and invisible characters, and the
 * letters of names (`&eacute;`, `&Scaron;`, `&oslash;`). A name not known here is left as written (a browser shows
 * it so too); a number naming a character that text may not hold (NUL, a control character, half a surrogate pair)
 * reads as the replacement character, as a browser shows it.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  NonBreakingSpace: '\u00A0',
  ensp: '\u2002',
  emsp: '\u2003',
  emsp13: '\u2004',
  emsp14: '\u2005',
  numsp: '\u2007',
  puncsp: '\u2008',
  thinsp: '\u2009',
  ThinSpace: '\u2009',
  hairsp: '\u200A',
  VeryThinSpace: '\u200A',
  MediumSpace: '\u205F',
  NewLine: '\n',
  Tab: '\t',
  shy: '\u00AD',
  ZeroWidthSpace: '\u200B',
  zwnj: '\u200C',
  zwj: '\u200D',
  NoBreak: '\u2060',
  lsquo: '\u2018',
  rsquo: '\u2019',
  rsquor: '\u2019',
  sbquo: '\u201A',
  ldquo: '\u201C',
  rdquo: '\u201D',
  bdquo: '\u201E',
  laquo: '\u00AB',
  raquo: '\u00BB',
  lsaquo: '\u2039',
  rsaquo: '\u203A',
  prime: '\u2032',
  hyphen: '\u2010',
  dash: '\u2010',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  middot: '\u00B7',
  bull: '\u2022',
  period: '.',
  comma: ',',
  colon: ':',
  semi: ';',
  excl: '!',
  quest: '?',
  lpar: '(',
  rpar: ')',
  sol: '/',
  commat: '@',
  szlig: '\u00DF',
  aelig: '\u00E6',
  AElig: '\u00C6',
  oelig: '\u0153',
  OElig: '\u0152',
  oslash: '\u00F8',
  Oslash: '\u00D8',
  eth: '\u00F0',
  ETH: '\u00D0',
  thorn: '\u00FE',
  THORN: '\u00DE',
  eng: '\u014B',
  ENG: '\u014A',
  imath: '\u0131',
  inodot: '\u0131',
  dstrok: '\u0111',
  Dstrok: '\u0110',
  hstrok: '\u0127',
  Hstrok: '\u0126',
  lstrok: '\u0142',
  Lstrok: '\u0141',
  tstrok: '\u0167',
  Tstrok: '\u0166',
  lmidot: '\u0140',
  Lmidot: '\u013F',
  ijlig: '\u0133',
  IJlig: '\u0132',
};

/** A letter's accent, as a named reference spells it (`e` + `acute`), and the combining mark it adds. */
const ACCENTS: Readonly<Record<string, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  macr: '\u0304',
  breve: '\u0306',
  dot: '\u0307',
  uml: '\u0308',
  ring: '\u030A',
  dblac: '\u030B',
  caron: '\u030C',
  cedil: '\u0327',
  ogon: '\u0328',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

function fromCode(code: number): string {
  const control = code < 0x20 ? ![0x09, 0x0a, 0x0d].includes(code) : code >= 0x7f && code <= 0x9f;
  if (control || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return '\uFFFD';
  return String.fromCodePoint(code);
}

function fromName(name: string): string | null {
  const named = NAMED[name];
  if (named) return named;
  const accent = ACCENTS[name.slice(1)];
  if (!accent) return null;
  const letter = `${name[0]}${accent}`.normalize('NFC');
  return letter.length === 1 ? letter : null;
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => {
    const decoded = decimal ? fromCode(Number(decimal)) : hex ? fromCode(parseInt(hex, 16)) : fromName(name ?? '');
    return decoded ?? whole;
  });
}
