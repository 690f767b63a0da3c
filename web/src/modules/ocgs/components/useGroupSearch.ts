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

// The panel's groups whose reference or name holds what was typed, searched by the API after a pause in typing.
export function useGroupSearch({ panelId, text, submitted, enabled }: Options) {
  const typed = text.trim();
  const debounced = useDebouncedValue(typed, GROUP_SEARCH_DEBOUNCE_MS);
  const term = submitted === typed ? typed : debounced;
  const ready = enabled && typed.length >= GROUP_SEARCH_MIN_LENGTH && term.length >= GROUP_SEARCH_MIN_LENGTH;
  const { data, previousData, loading, error } = useQuery(GroupPickerSearchQuery, {
    variables: { panelId, search: term, limit: GROUP_MATCH_LIMIT },
    skip: !ready,
    fetchPolicy: 'network-only',
  });
  // The last matches stay listed while the next ones load, so the radios do not jump about as the person types.
  const shown = ready ? (data ?? previousData) : undefined;
  const matches = getFragmentData(GroupOptionFragment, shown?.ocgs.nodes ?? []);
  const status = groupMatchStatus({
    typed: typed.length,
    found: ready && data ? { term, totalCount: data.ocgs.totalCount, shown: data.ocgs.nodes.length } : undefined,
    loading: ready && loading,
    failed: ready && Boolean(error) && !loading,
  });
  return { matches, status };
}
