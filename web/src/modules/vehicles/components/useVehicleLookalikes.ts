import { useQuery } from '@apollo/client/react';
import { isUkRegistration, normaliseRegistration } from '@sentinel/shared';
import { SEARCH_DEBOUNCE_MS } from '../../search/components/RecordSearch';
import { useDebouncedValue } from '../../search/components/useDebouncedValue';
import { VehicleLookalikesQuery } from '../graphql/vehicle-lookalikes.query';

export const LOOKALIKE_LIMIT = 5;

export type Lookalike = { id: string; registration: string; description: string | null };

/**
 * Vehicles of the panel recorded under a plate that reads like the one typed but is not it (AB12 C0E for AB12 CDE,
 * MN19 XKD for NM19 XKD), looked up once a whole UK registration has been typed. The same plate, however written,
 * is linked by the API anyway, so it is not offered.
 */
export function useVehicleLookalikes(panelId: string, registration: string): Lookalike[] {
  const typed = useDebouncedValue(registration.trim(), SEARCH_DEBOUNCE_MS);
  const ready = isUkRegistration(typed);
  const { data, previousData } = useQuery(VehicleLookalikesQuery, {
    variables: { panelId, text: typed, limit: LOOKALIKE_LIMIT },
    skip: !ready,
    fetchPolicy: 'network-only',
  });
  const shown = ready ? (data ?? previousData) : undefined;
  const vrm = normaliseRegistration(registration);
  return (shown?.search.hits ?? [])
    .filter((h) => h.vehicle && h.vehicle.vrm !== vrm && h.vehicle.vrm.length === vrm.length)
    .map((h) => ({ id: h.id, registration: h.title, description: h.subtitle ?? null }));
}
