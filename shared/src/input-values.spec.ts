import { hasDecimalPlaces, isCalendarDate, textProblem } from './input-values.js';

describe('values that can be stored', () => {
  it('finds a NUL character or a lone surrogate in text, and nothing in real characters', () => {
    expect(textProblem('a\u0000b')).toMatch(/null character/);
    expect(textProblem('\ud800')).toMatch(/surrogate/);
    expect(textProblem('x\udc00')).toMatch(/surrogate/);
    expect(textProblem('\udbff\udbff\udfff')).toMatch(/surrogate/);
    expect(textProblem('😀 Ωmega مرحبا e\u0301')).toBeNull();
    expect(textProblem('')).toBeNull();
  });

  it('takes yyyy-mm-dd only for a day that exists, in the years a record can be about', () => {
    for (const ok of ['2026-02-28', '2024-02-29', '1900-01-01', '2199-12-31']) expect(isCalendarDate(ok)).toBe(true);
    for (const bad of [
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '2026-00-10',
      '0000-01-01',
      '1899-12-31',
      '2200-01-01',
      '2026-2-3',
      '20260101',
      '2026-02-28T00:00:00Z',
      null,
      20260228,
    ]) {
      expect(isCalendarDate(bad)).toBe(false);
    }
  });

  it('takes a finite number with at most the decimals given', () => {
    expect(hasDecimalPlaces(12500.55, 2)).toBe(true);
    expect(hasDecimalPlaces(3, 0)).toBe(true);
    for (const bad of [1e-320, 5e-324, 1e-7, 0.1 + 0.2, 1.005001, NaN, Infinity, '1.5']) expect(hasDecimalPlaces(bad, 2)).toBe(false);
  });
});
