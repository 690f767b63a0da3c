import { formatFigure, formatScoreChange } from './format';

describe('outcome report figures', () => {
  it('writes counts with thousands separators and money in pounds', () => {
    expect(formatFigure(12345)).toBe('12,345');
    expect(formatFigure(125000, 'money')).toBe('£125,000');
  });

  it('writes weights and prison years with their units', () => {
    expect(formatFigure(3.256, 'kg')).toBe('3.26 kg');
    expect(formatFigure(1, 'years')).toBe('1 year');
    expect(formatFigure(14.5, 'years')).toBe('14.5 years');
  });

  it('says when a figure is missing rather than showing zero', () => {
    expect(formatFigure(null, 'money')).toBe('Not recorded');
  });

  it('gives the direction of a score change in words', () => {
    expect(formatScoreChange(200, 100)).toBe('Down 100 (-50%)');
    expect(formatScoreChange(80, 100)).toBe('Up 20 (+25%)');
    expect(formatScoreChange(50, 50)).toBe('No change');
    expect(formatScoreChange(null, 50)).toBe('Not scored in both periods');
  });
});
