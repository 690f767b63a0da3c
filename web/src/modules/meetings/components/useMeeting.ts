import { useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../../gql';
import { MeetingDetailsFragment } from '../graphql/meeting-details.fragment';
import { MeetingRowFragment } from '../graphql/meeting-row.fragment';
import { MeetingQuery } from '../graphql/meeting.query';

// One meeting with its attendance, its row fields unmasked alongside.
export function useMeeting(id: string) {
  const { data, error, loading } = useQuery(MeetingQuery, { variables: { id } });
  const details = getFragmentData(MeetingDetailsFragment, data?.meeting);
  const row = getFragmentData(MeetingRowFragment, details ?? null);
  const meeting = details && row ? { ...details, ...row } : null;
  return { meeting, error, loading };
}
