import { escapeLike } from '../../core/database/escape-like.js';
import { referenceFor } from './search-terms.js';

export interface TextFilterTarget {
  /** `search_fold(...)` over the columns searched: exactly the expression the table's trigram index is built on. */
  folded: string;
  /** The reference column and its prefix, when a word that stands for a reference ("a0137", "137") should find it. */
  reference?: { column: string; prefix: string };
}

/**
 * The condition behind a list's `search` argument, or null when nothing was typed: every word must be found, in any
 * order, case and accents ignored. One LIKE per word, so that each can use the trigram index and the words AND
 * together there. `param` adds a value to the statement's parameters and answers its placeholder.
 */
export function everyWordMatches(search: string | null | undefined, target: TextFilterTarget, param: (value: string) => string): string | null {
  const words = [...new Set((search ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean))];
  if (!words.length) return null;
  const { folded, reference } = target;
  const byReference = (word: string): string => {
    const ref = reference ? referenceFor(word, reference.prefix) : null;
    return reference && ref ? ` OR ${reference.column} = ${param(ref)}` : '';
  };
  return words.map((word) => `(${folded} LIKE '%' || search_fold(${param(escapeLike(word))}) || '%'${byReference(word)})`).join(' AND ');
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
