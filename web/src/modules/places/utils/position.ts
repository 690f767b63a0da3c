import { POSITION_PLACES, positionProblem, type PositionProblem } from '@sentinel/shared';

/** Decimal degrees as typed ("54.5721", "-1.2341"), or NaN for anything else; null when left empty. */
export function degrees(text: string): number | null {
  const t = text.trim().replace('−', '-');
  if (!t) return null;
  return /^-?\d{1,3}(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** The same check as the API's: both or neither, each within the UK. */
export function positionError(latitude: string, longitude: string): PositionProblem | null {
  return positionProblem(degrees(latitude), degrees(longitude));
}

/** A point chosen on the map, as the fields show it. */
export function degreesText(value: number): string {
  return String(Number(value.toFixed(POSITION_PLACES)));
}
