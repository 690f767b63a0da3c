import type { CrimeType, OcgStatus } from '@sentinel/shared';
import type { OcgSort } from '../../../gql/graphql';

export type OcgFilterValues = {
  search: string;
  statuses: OcgStatus[];
  tier: string;
  crimeType: CrimeType | '';
  area: string;
  lroUserId: string;
};

export const EMPTY_OCG_FILTER: OcgFilterValues = { search: '', statuses: [], tier: '', crimeType: '', area: '', lroUserId: '' };

export const OCG_SORT_OPTIONS: { value: OcgSort; label: string }[] = [
  { value: 'SCORE', label: 'Highest score' },
  { value: 'REFERENCE', label: 'Reference' },
  { value: 'NAME', label: 'Name' },
  { value: 'RECENTLY_UPDATED', label: 'Recently updated' },
];

// Empty fields are sent as null: the API then applies its defaults (every status but archived).
export function ocgFilterVariables(filter: OcgFilterValues) {
  const orNull = (v: string) => (v.trim() ? v.trim() : null);
  return {
    search: orNull(filter.search),
    statuses: filter.statuses.length ? filter.statuses : null,
    tier: orNull(filter.tier),
    crimeType: filter.crimeType || null,
    area: orNull(filter.area),
    lroUserId: filter.lroUserId || null,
  };
}

export function isFiltered(filter: OcgFilterValues): boolean {
  return Object.values(ocgFilterVariables(filter)).some((v) => v !== null);
}
