import { useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../../gql';
import type { MeetingQuery as MeetingAnswer } from '../../../gql/graphql';
import { MeetingDetailsFragment } from '../graphql/meeting-details.fragment';
import { MeetingRowFragment } from '../graphql/meeting-row.fragment';
import { MeetingQuery } from '../graphql/meeting.query';

function unmask(data: MeetingAnswer | undefined) {
  const details = getFragmentData(MeetingDetailsFragment, data?.meeting);
  const row = getFragmentData(MeetingRowFragment, details ?? null);
  return details && row ? { ...details, ...row } : null;
}

/**
 * One meeting with its attendance, its row fields unmasked alongside. A page shows what it has and reads it again
 * (`cache-and-network`: an attendee's acknowledgement or reply since shows on return); a form opens it from the
 * server (`network-only`), so it starts from the newest version; `reload` reads it again and answers it.
 */
export function useMeeting(id: string, fetchPolicy: 'cache-and-network' | 'network-only' = 'cache-and-network') {
  const { data, error, loading, refetch } = useQuery(MeetingQuery, { variables: { id }, fetchPolicy });
  const reload = async () => unmask((await refetch()).data);
  return { meeting: unmask(data), error, loading, reload };
}
