/**
 * Registration marks as people write them ("ab12 cde", "AB12-CDE") and as cameras misread them ("AB12 C0E").
 * The normalised form is upper-case letters and digits only; the folded form also maps look-alike
 * characters to one of each pair, so that a misread still matches.
 */
export function normaliseRegistration(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Characters a camera or a witness confuses: 0/O/Q/D, 1/I/L, 2/Z, 5/S, 8/B, 6/G and M/N. */
const LOOK_ALIKES: Record<string, string> = { O: '0', Q: '0', D: '0', I: '1', L: '1', Z: '2', S: '5', B: '8', G: '6', M: 'N' };

export function foldRegistration(input: string): string {
  return [...normaliseRegistration(input)].map((c) => LOOK_ALIKES[c] ?? c).join('');
}

/**
 * The shapes of registration mark issued in the UK, on the letters and digits alone (spaces and hyphens as
 * people write them are ignored):
 * - current (since 2001): two letters, two digits, three letters - AB12 CDE;
 * - prefix (1983 to 2001), and Q plates: a letter, one to three digits, three letters - A123 BCD;
 * - suffix (1963 to 1983): three letters, one to three digits, a letter - ABC 123D;
 * - dateless: one to four digits then one to three letters - 1234 AB - or one to three letters then one to four
 *   digits - AB 1234;
 * - Northern Ireland: one to three letters (including I or Z) then one to four digits - ABZ 1234.
 * A vehicle records no country, so a foreign plate cannot be told from a mistyped UK one: only UK shapes are
 * accepted, and a foreign-registered vehicle is noted in the group's intelligence instead.
 */
const UK_REGISTRATION_SHAPES: readonly RegExp[] = [
  /^[A-Z]{2}[0-9]{2}[A-Z]{3}$/,
  /^[A-Z][0-9]{1,3}[A-Z]{3}$/,
  /^[A-Z]{3}[0-9]{1,3}[A-Z]$/,
  /^[0-9]{1,4}[A-Z]{1,3}$/,
  /^[A-Z]{1,3}[0-9]{1,4}$/,
];

export const REGISTRATION_HINT = 'A UK registration mark, for example AB12 CDE, A123 BCD, ABC 123D, 1234 AB or ABZ 1234 (Northern Ireland)';

/** True when the text is a UK registration mark in one of the shapes above, written with spaces or hyphens at most. */
export function isUkRegistration(input: string): boolean {
  if (!/^[A-Za-z0-9 -]+$/.test(input.trim())) return false;
  const vrm = normaliseRegistration(input);
  return UK_REGISTRATION_SHAPES.some((shape) => shape.test(vrm));
}

/** The one message for a registration that is not in a UK shape, in the web form, the API and the import. */
export function registrationShapeMessage(input: string): string {
  return `“${input.trim()}” is not a UK registration mark: enter one such as AB12 CDE (current), A123 BCD (prefix), ABC 123D (suffix), 1234 AB or AB 1234 (dateless) or ABZ 1234 (Northern Ireland)`;
}
