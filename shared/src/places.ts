/**
 * Where a place is, in decimal degrees (WGS84, as a phone or a map gives them), bounded to the United Kingdom:
 * from the Scilly Isles and Northern Ireland's west coast to Shetland and the Lowestoft coast. A position outside
 * is a slip (latitude and longitude swapped, a minus sign lost), not a place the panel works on.
 */
export const UK_BOUNDS = { south: 49.8, north: 60.9, west: -8.7, east: 1.8 } as const;

/** Six decimal places (about 10 cm) are kept, as the database stores them. */
export const POSITION_PLACES = 6;

export type PositionProblem = { field: 'latitude' | 'longitude'; message: string };

export const LATITUDE_MESSAGE = `Enter the latitude in decimal degrees from ${UK_BOUNDS.south} to ${UK_BOUNDS.north} (the UK), for example 54.5721`;
export const LONGITUDE_MESSAGE = `Enter the longitude in decimal degrees from ${UK_BOUNDS.west} to ${UK_BOUNDS.east} (the UK; west is negative), for example -1.2341`;

/** What is wrong with a position, or null: both or neither must be given, each a number within the UK. */
export function positionProblem(latitude: number | null | undefined, longitude: number | null | undefined): PositionProblem | null {
  const given = (v: number | null | undefined): v is number => v !== null && v !== undefined;
  if (!given(latitude) && !given(longitude)) return null;
  if (!given(latitude) || !Number.isFinite(latitude) || latitude < UK_BOUNDS.south || latitude > UK_BOUNDS.north)
    return {
      field: 'latitude',
      message: given(longitude) && !given(latitude) ? `Enter the latitude as well as the longitude. ${LATITUDE_MESSAGE}` : LATITUDE_MESSAGE,
    };
  if (!given(longitude) || !Number.isFinite(longitude) || longitude < UK_BOUNDS.west || longitude > UK_BOUNDS.east)
    return {
      field: 'longitude',
      message: !given(longitude) ? `Enter the longitude as well as the latitude. ${LONGITUDE_MESSAGE}` : LONGITUDE_MESSAGE,
    };
  return null;
}
