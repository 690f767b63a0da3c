/** Activity bands for shading the areas; the count is also written on each area and in the table. */
export const ACTIVITY_BINS = [
  { min: 0, max: 0, label: 'None', colour: '#f3f2f1' },
  { min: 1, max: 2, label: '1 to 2', colour: '#bbd4ea' },
  { min: 3, max: 5, label: '3 to 5', colour: '#5694ca' },
  { min: 6, max: Infinity, label: '6 or more', colour: '#003078' },
] as const;

export function binFor(count: number) {
  return ACTIVITY_BINS.find((b) => count >= b.min && count <= b.max) ?? ACTIVITY_BINS[0];
}
