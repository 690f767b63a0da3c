import { foldName, foldRegistration, formatReference, normaliseRegistration } from '@sentinel/shared';
import { escapeLike } from '../../core/database/escape-like.js';

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

/**
 * The reference with this prefix that the text stands for, in canonical form, or null: for prefix A, "a-0137",
 * "A0137", "a 137" and "0137" are all A-0137.
 */
export function referenceFor(text: string, prefix: string): string | null {
  const ref = new RegExp(`^(?:${prefix})?\\s*-?\\s*0*(\\d{1,6})$`, 'i').exec(text.trim());
  return ref ? formatReference(prefix.toUpperCase(), Number(ref[1])) : null;
}

export function searchTerms(text: string): SearchTerms {
  const lower = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const upper = lower.toUpperCase();
  const name = foldName(text);
  const ocgRefs = [upper];
  const nominalRefs = [upper];
  const ocgRef = referenceFor(lower, 'OCG');
  const nominalRef = referenceFor(lower, 'N');
  if (ocgRef) ocgRefs.push(ocgRef);
  if (nominalRef) nominalRefs.push(nominalRef);
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
