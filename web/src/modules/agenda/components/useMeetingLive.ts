import { useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { getFragmentData } from '../../../gql';
import { AgendaItemFieldsFragment } from '../graphql/agenda-item.fragment';
import { LiveMeetingQuery } from '../graphql/live-meeting.query';
import { MeetingLiveFieldsFragment } from '../graphql/meeting-live.fragment';
import { MeetingLiveSubscription } from '../graphql/meeting-live.subscription';

/**
 * The meeting as every attendee's screen follows it: the state is read once, then each event the server sends
 * (already shaped for this viewer) is written over it in the cache, so the page re-renders without a reload.
 */
export function useMeetingLive(meetingId: string, onEvent?: () => void) {
  const client = useApolloClient();
  const latest = useRef(onEvent);
  useLayoutEffect(() => {
    latest.current = onEvent;
  });
  const query = useQuery(LiveMeetingQuery, { variables: { meetingId } });
  useSubscription(MeetingLiveSubscription, {
    variables: { meetingId },
    onData: ({ data }) => {
      const event = data.data?.meetingLive;
      if (!event) return;
      client.cache.writeQuery({ query: LiveMeetingQuery, variables: { meetingId }, data: { liveMeeting: event } });
      // The meeting's own status (shown around the live view) moves on too.
      // Unmasking is a plain read, not a hook, so it may run in a callback.
      const unmasked = getFragmentData(MeetingLiveFieldsFragment, event);
      if (unmasked.kind === 'STATUS_CHANGED') void client.refetchQueries({ include: ['Meeting'] }).catch(() => undefined);
      latest.current?.();
    },
  });
  const live = getFragmentData(MeetingLiveFieldsFragment, query.data?.liveMeeting);
  const currentItem = getFragmentData(AgendaItemFieldsFragment, live?.currentItem ?? null);
  return { live, currentItem, error: query.error, loading: query.loading, refetch: query.refetch };
}

/** Seconds since an instant, ticking once a second while mounted. */
export function useElapsedSeconds(sinceIso: string | null | undefined): number {
  const since = sinceIso ? new Date(sinceIso).getTime() : null;
  const tick = useRef<ReturnType<typeof setInterval> | null>(null);
  const [, force] = useTickState();
  useEffect(() => {
    if (since === null) return undefined;
    tick.current = setInterval(force, 1000);
    return () => {
      if (tick.current) clearInterval(tick.current);
    };
  }, [since, force]);
  // eslint-disable-next-line react-hooks/purity -- a clock: each tick re-renders to read the time again
  return since === null ? 0 : Math.max(0, Math.floor((Date.now() - since) / 1000));
}

function useTickState(): [number, () => void] {
  const [n, bump] = useReducer((x: number) => x + 1, 0);
  return [n, bump as () => void];
}
