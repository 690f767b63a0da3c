/**
 * Crime reference numbers differ from force to force ("CR/12345/26", "NM-2026-001234", "EA/2026/0412"), so no one
 * pattern fits them all. The rule: 3 to 30 characters, letters and digits in groups separated by a single / or -,
 * with at least one digit; no spaces, other punctuation or free text. Letters are kept as typed.
 */
export const CRIME_REFERENCE_LENGTH = { min: 3, max: 30 } as const;

export const CRIME_REFERENCE_HINT =
  'One a line, as your force writes it: letters and digits separated by / or -, for example CR/12345/26 or NM-2026-001234';

export function isCrimeReference(input: string): boolean {
  const ref = input.trim();
  return (
    ref.length >= CRIME_REFERENCE_LENGTH.min &&
    ref.length <= CRIME_REFERENCE_LENGTH.max &&
    /^[A-Za-z0-9]+(?:[/-][A-Za-z0-9]+)*$/.test(ref) &&
    /[0-9]/.test(ref)
  );
}

/** The one message for a reference not in that shape, in the web form and the API. */
export function crimeReferenceShapeMessage(input: string): string {
  const { min, max } = CRIME_REFERENCE_LENGTH;
  return `“${input.trim()}” is not a crime reference number: use ${min} to ${max} letters and digits, including a digit, separated only by / or -, for example CR/12345/26 or NM-2026-001234`;
}
