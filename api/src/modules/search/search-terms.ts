import { foldName, foldRegistration, formatReference, normaliseRegistration } from '@sentinel/shared';

/** What was typed, in each of the forms the four kinds of record are matched on. */
export interface SearchTerms {
  /** Lower-case, spaces collapsed: for OCG names and place labels. */
  lower: string;
  /** The same, with LIKE wildcards escaped. */
  lowerLike: string;
  /** Upper-case with LIKE wildcards escaped: for reference prefixes. */
  upperLike: string;
  /** Folded as names are stored (accent-free, letters and digits only): for nominals. */
  name: string;
  nameWords: string[];
  /** References the text may stand for exactly: as typed, and in the canonical form ("n7" -> N-0007). */
  ocgRefs: string[];
  nominalRefs: string[];
  vrm: string;
  vrmFolded: string;
}

const REFERENCE = /^(ocg|n)?\s*-?\s*0*(\d{1,6})$/i;

export function searchTerms(text: string): SearchTerms {
  const lower = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const upper = lower.toUpperCase();
  const name = foldName(text);
  const ocgRefs = [upper];
  const nominalRefs = [upper];
  const ref = REFERENCE.exec(lower);
  if (ref) {
    const n = Number(ref[2]);
    if (ref[1]?.toLowerCase() !== 'n') ocgRefs.push(formatReference('OCG', n));
    if (ref[1]?.toLowerCase() !== 'ocg') nominalRefs.push(formatReference('N', n));
  }
  return {
    lower,
    lowerLike: escapeLike(lower),
    upperLike: escapeLike(upper),
    name,
    nameWords: name ? [...new Set(name.split(' '))] : [],
    ocgRefs,
    nominalRefs,
    vrm: normaliseRegistration(text),
    vrmFolded: foldRegistration(text),
  };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
