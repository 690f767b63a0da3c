import { escapeLike } from '../../core/database/escape-like.js';
import { referenceFor } from './search-terms.js';

export interface TextFilterTarget {
  /** The columns searched, joined: `search_fold(text)` is exactly the expression the table's trigram index is built on. */
  text: string;
  /** The reference column and its prefix, when a word that stands for a reference ("a0137", "137") should find it. */
  reference?: { column: string; prefix: string };
}

/**
 * The condition behind a list's `search` argument, or null when nothing was typed: every word must be found, in any
 * order, case and accents ignored. One LIKE per word, so that each can use the trigram index and the words AND
 * together there. `param` adds a value to the statement's parameters and answers its placeholder. With `known` (the
 * known names near what was typed, for a viewer without cover: `knownTermsNear`), each word must also be found in
 * the text as that viewer reads it, so a list cannot be filtered on a name it withholds.
 */
export function everyWordMatches(
  search: string | null | undefined,
  target: TextFilterTarget,
  param: (value: string) => string,
  known: string | null = null,
): string | null {
  const words = [...new Set((search ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean))];
  if (!words.length) return null;
  const { text, reference } = target;
  const folded = `search_fold(${text})`;
  const read = known ? `search_fold(regexp_replace(${text}, ${param(known)}, ' ', 'gi'))` : null;
  const byReference = (word: string): string => {
    const ref = reference ? referenceFor(word, reference.prefix) : null;
    return reference && ref ? ` OR ${reference.column} = ${param(ref)}` : '';
  };
  return words
    .map((word) => {
      const like = `'%' || search_fold(${param(escapeLike(word))}) || '%'`;
      return `(${folded} LIKE ${like}${read ? ` AND ${read} LIKE ${like}` : ''}${byReference(word)})`;
    })
    .join(' AND ');
}

/** A `param` for TypeORM's query builder: named parameters `search0`, `search1`... collected in `params`. */
export function namedParams(): { params: Record<string, string>; param: (value: string) => string } {
  const params: Record<string, string> = {};
  return {
    params,
    param: (value) => {
      const key = `search${Object.keys(params).length}`;
      params[key] = value;
      return `:${key}`;
    },
  };
}
