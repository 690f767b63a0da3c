/**
 * Activity bands for shading the areas; the count is also written on each area and in the table. Each label is
 * the whole phrase the key shows ("No groups active", not "None" with a suffix glued on).
 */
export const ACTIVITY_BINS = [
  { min: 0, max: 0, label: 'No groups active', colour: '#f3f2f1' },
  { min: 1, max: 2, label: '1 to 2 groups active', colour: '#bbd4ea' },
  { min: 3, max: 5, label: '3 to 5 groups active', colour: '#5694ca' },
  { min: 6, max: Infinity, label: '6 or more groups active', colour: '#003078' },
] as const;

export function binFor(count: number) {
  return ACTIVITY_BINS.find((b) => count >= b.min && count <= b.max) ?? ACTIVITY_BINS[0];
}
