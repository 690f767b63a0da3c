import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { LinkPlaceMutation } from '../../places/graphql/link-place.mutation';
import { LinkVehicleMutation } from '../../vehicles/graphql/link-vehicle.mutation';
import { apiErrors } from '../../app/utils/api-errors';
import { OcgQuery } from '../graphql/ocg.query';

type Pending = { id: string; label: string };

export function removeButtonId(kind: 'vehicle' | 'place', id: string): string {
  return `remove-${kind}-${id}`;
}

// Removing a link keeps the vehicle or place on record; only its tie to this group goes, and only once confirmed.
export function useUnlink(kind: 'vehicle' | 'place', ocgId: string) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const returnFocusTo = useRef<string | null>(null);
  const options = { refetchQueries: [{ query: OcgQuery, variables: { id: ocgId } }], awaitRefetchQueries: true };
  const [linkVehicle, vehicle] = useMutation(LinkVehicleMutation, options);
  const [linkPlace, place] = useMutation(LinkPlaceMutation, options);

  // Cancelling puts the keyboard back on the button that asked.
  useEffect(() => {
    if (pending || !returnFocusTo.current) return;
    document.getElementById(returnFocusTo.current)?.focus();
    returnFocusTo.current = null;
  }, [pending]);

  const ask = (id: string, label: string) => {
    setDone(null);
    setFailed(null);
    setPending({ id, label });
  };
  const cancel = () => {
    if (pending) returnFocusTo.current = removeButtonId(kind, pending.id);
    setPending(null);
  };
  const confirm = async () => {
    if (!pending) return;
    try {
      const input = { id: pending.id, ocgId, linked: false };
      await (kind === 'vehicle' ? linkVehicle({ variables: { input } }) : linkPlace({ variables: { input } }));
      setDone(`${pending.label} removed from this group`);
    } catch (e) {
      setFailed(apiErrors(e)[0]?.message ?? 'The link could not be removed');
    }
    setPending(null);
  };
  return { pending, ask, cancel, confirm, done, failed, busy: vehicle.loading || place.loading };
}
