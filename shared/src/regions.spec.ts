import { regionDrugType } from './regions.js';

describe('drug types across panels', () => {
  it('keeps the published names whatever their case or spacing, and counts anything else as Other', () => {
    expect(regionDrugType(' crack  Cocaine ')).toBe('Crack cocaine');
    expect(regionDrugType('HEROIN')).toBe('Heroin');
    expect(regionDrugType('Cocaine found at 12 Acacia Avenue')).toBe('Other');
  });
});
