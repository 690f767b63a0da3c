import { DEFAULT_TIERS, scoringProblems, tierFor, tierRanges } from './scoring.js';

const fields = (scale: number, tiers: { name: string; minTotal: number }[]) => scoringProblems(scale, tiers).map((p) => p.field);

describe('a panel’s scoring rules', () => {
  it('accepts the defaults and describes them in words', () => {
    expect(scoringProblems(5, DEFAULT_TIERS)).toEqual([]);
    expect(tierRanges(DEFAULT_TIERS)).toEqual(['Tier 1: total 60 and above', 'Tier 2: total 30 to 59', 'Tier 3: total 0 to 29']);
  });

  it('names the field of each broken rule', () => {
    expect(fields(2, [...DEFAULT_TIERS])).toEqual(['scaleMax']);
    expect(fields(11, [...DEFAULT_TIERS])).toEqual(['scaleMax']);
    expect(fields(5, [{ name: 'Only', minTotal: 0 }])).toEqual(['tiers']);
    expect(
      fields(5, [
        { name: 'A', minTotal: 60 },
        { name: '  ', minTotal: 0 },
      ]),
    ).toEqual(['tiers.1.name']);
    expect(
      fields(5, [
        { name: 'x'.repeat(41), minTotal: 60 },
        { name: 'B', minTotal: 0 },
      ]),
    ).toEqual(['tiers.0.name']);
    expect(
      fields(5, [
        { name: 'High', minTotal: 60 },
        { name: ' high ', minTotal: 0 },
      ]),
    ).toEqual(['tiers.1.name']);
    expect(
      fields(5, [
        { name: 'A', minTotal: 30 },
        { name: 'B', minTotal: 30 },
        { name: 'C', minTotal: 0 },
      ]),
    ).toEqual(['tiers.1.minTotal']);
    expect(
      fields(5, [
        { name: 'A', minTotal: 30 },
        { name: 'B', minTotal: 5 },
      ]),
    ).toEqual(['tiers.1.minTotal']);
    expect(
      fields(5, [
        { name: 'A', minTotal: 2.5 },
        { name: 'B', minTotal: 0 },
      ]),
    ).toEqual(['tiers.0.minTotal']);
    expect(
      fields(5, [
        { name: 'A', minTotal: 421 },
        { name: 'B', minTotal: 0 },
      ]),
    ).toEqual(['tiers.0.minTotal']);
  });

  it('gives every total exactly one tier when the rules hold', () => {
    const tiers = [
      { name: 'Red', minTotal: 90 },
      { name: 'Amber', minTotal: 40 },
      { name: 'Green', minTotal: 0 },
    ];
    expect(scoringProblems(7, tiers)).toEqual([]);
    expect([0, 39, 40, 89, 90, 420].map((t) => tierFor(t, tiers))).toEqual(['Green', 'Green', 'Amber', 'Amber', 'Red', 'Red']);
  });
});
