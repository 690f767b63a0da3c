/**
 * Registration marks as people write them ("ab12 cde", "AB12-CDE") and as cameras misread them ("AB12 C0E").
 * The normalised form is upper-case letters and digits only; the folded form also maps look-alike
 * characters to one of each pair, so that a misread still matches. Any plate format is accepted.
 */
export function normaliseRegistration(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const LOOK_ALIKES: Record<string, string> = { O: '0', Q: '0', D: '0', I: '1', L: '1', Z: '2', S: '5', B: '8', G: '6' };

export function foldRegistration(input: string): string {
  return [...normaliseRegistration(input)].map((c) => LOOK_ALIKES[c] ?? c).join('');
}
