import { foldName, searchableName } from './names.js';

describe('searchable names', () => {
  it('folds case, accents and letters that do not decompose', () => {
    expect(foldName('José ÁLVAREZ')).toBe('jose alvarez');
    expect(foldName('Søren Łukasz Straße')).toBe('soren lukasz strasse');
  });

  it("keeps O'Brien one word and splits double-barrelled names", () => {
    expect(foldName('O’Brien')).toBe('obrien');
    expect(foldName('Smith-Jones')).toBe('smith jones');
  });

  it('joins forenames, surname and aliases', () => {
    expect(searchableName('John Paul', 'Smith', ['Smudge', ' Jonny  S. '])).toBe('john paul smith smudge jonny s');
    expect(searchableName(null, 'Smith')).toBe('smith');
  });
});
