import { validateRegionForm } from './RegionForm';

describe('the region form', () => {
  it('asks for a name of 2 to 120 characters and a kind, and lets a region start with no panels', () => {
    expect(Object.keys(validateRegionForm({ name: ' ', kind: '', panelIds: [] })).sort()).toEqual(['kind', 'name']);
    expect(validateRegionForm({ name: 'x'.repeat(121), kind: 'REGIONAL', panelIds: [] }).name).toContain('120 characters');
    expect(validateRegionForm({ name: 'North East ROCU', kind: 'NATIONAL', panelIds: [] })).toEqual({});
  });
});
