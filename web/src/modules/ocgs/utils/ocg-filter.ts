import type { CrimeType, OcgStatus } from '@sentinel/shared';
import type { OcgFilter, OcgSort } from '../../../gql/graphql';

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

// The one filter object of the group list: the list query and the export both take it, so a file holds what the
// list shows. Empty fields are sent as null: the API then applies its defaults (every status but archived).
export function ocgListFilter(filter: OcgFilterValues): OcgFilter {
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
  return Object.values(ocgListFilter(filter)).some((v) => v !== null);
}
