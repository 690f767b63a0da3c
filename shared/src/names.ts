/**
 * People's names as the search finds them: lower-case and accent-free, so that "José" and "Jose" are one
 * name. The same folding is applied to what is stored (`nominal.name_search`) and to what is typed, and the
 * database derives sound-alike codes from the stored words, so the two sides must agree exactly.
 */

// Letters that NFD does not decompose into a base letter and a combining mark.
const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

export function foldName(input: string): string {
  return (
    input
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[ßæœøłđðþı]/g, (c) => LETTERS[c] ?? c)
      // O'Brien and O’Brien are one word; hyphens, dots and the rest separate words (Smith-Jones, J.R.).
      .replace(/['’`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}

/** The text stored in `nominal.name_search`: forenames, surname and every alias, folded, space-separated. */
export function searchableName(forenames: string | null | undefined, surname: string, aliases: readonly string[] = []): string {
  return [forenames ?? '', surname, ...aliases].map(foldName).filter(Boolean).join(' ');
}
