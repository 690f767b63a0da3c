// Lists typed one to a line: blank lines and surrounding spaces are dropped, duplicates kept once.
export function linesOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  ];
}

export function orNull(value: string): string | null {
  return value.trim() ? value.trim() : null;
}
