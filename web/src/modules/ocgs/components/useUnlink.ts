import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { LinkPlaceMutation } from '../../places/graphql/link-place.mutation';
import { LinkVehicleMutation } from '../../vehicles/graphql/link-vehicle.mutation';
import { apiErrors } from '../../app/utils/api-errors';
import { OcgQuery } from '../graphql/ocg.query';

// Removing a link keeps the vehicle or place on record; only its tie to this group goes.
export function useUnlink(kind: 'vehicle' | 'place', ocgId: string) {
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const options = { refetchQueries: [{ query: OcgQuery, variables: { id: ocgId } }], awaitRefetchQueries: true };
  const [linkVehicle, vehicle] = useMutation(LinkVehicleMutation, options);
  const [linkPlace, place] = useMutation(LinkPlaceMutation, options);
  const unlink = async (id: string, label: string) => {
    setDone(null);
    setFailed(null);
    try {
      const input = { id, ocgId, linked: false };
      await (kind === 'vehicle' ? linkVehicle({ variables: { input } }) : linkPlace({ variables: { input } }));
      setDone(`${label} removed from this group`);
    } catch (e) {
      setFailed(apiErrors(e)[0]?.message ?? 'The link could not be removed');
    }
  };
  return { unlink, done, failed, busy: vehicle.loading || place.loading };
}
