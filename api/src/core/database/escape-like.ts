/** Text matched with LIKE as written: its wildcards and the escape character escaped. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
