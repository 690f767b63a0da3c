import { useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../../gql';
import { useDebouncedValue } from '../../search/components/useDebouncedValue';
import { GroupOptionFragment } from '../graphql/group-option.fragment';
import { GroupPickerSearchQuery } from '../graphql/group-picker-search.query';
import { GROUP_MATCH_LIMIT, GROUP_SEARCH_DEBOUNCE_MS, GROUP_SEARCH_MIN_LENGTH, groupMatchStatus } from '../utils/group-picker';

type Options = {
  panelId: string;
  text: string;
  /** Text the person asked to search at once (Enter), without waiting for the pause. */
  submitted: string | null;
  enabled: boolean;
};

// The panel's groups whose reference or name is like what was typed (as the search page matches them, closest
// first), searched by the API after a pause in typing. One more than is shown is asked for, to tell if there are more.
export function useGroupSearch({ panelId, text, submitted, enabled }: Options) {
  const typed = text.trim();
  const debounced = useDebouncedValue(typed, GROUP_SEARCH_DEBOUNCE_MS);
  const term = submitted === typed ? typed : debounced;
  const ready = enabled && typed.length >= GROUP_SEARCH_MIN_LENGTH && term.length >= GROUP_SEARCH_MIN_LENGTH;
  const { data, previousData, loading, error } = useQuery(GroupPickerSearchQuery, {
    variables: { panelId, text: term, limit: GROUP_MATCH_LIMIT + 1 },
    skip: !ready,
    fetchPolicy: 'network-only',
  });
  // The last matches stay listed while the next ones load, so the radios do not jump about as the person types.
  const shown = ready ? (data ?? previousData) : undefined;
  const groups = (shown?.search.hits ?? []).flatMap((h) => (h.ocg ? [h.ocg] : []));
  const matches = getFragmentData(GroupOptionFragment, groups.slice(0, GROUP_MATCH_LIMIT));
  const status = groupMatchStatus({
    typed: typed.length,
    found: ready && data ? { term, shown: Math.min(groups.length, GROUP_MATCH_LIMIT), more: groups.length > GROUP_MATCH_LIMIT } : undefined,
    loading: ready && loading,
    failed: ready && Boolean(error) && !loading,
  });
  return { matches, status };
}
