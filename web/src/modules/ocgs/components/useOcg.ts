import { useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../../gql';
import { apiErrors } from '../../app/utils/api-errors';
import { OcgDetailsFragment } from '../graphql/ocg-details.fragment';
import { OcgLinksFragment } from '../graphql/ocg-links.fragment';
import { OcgScoreHistoryFragment } from '../graphql/ocg-score-history.fragment';
import { OcgQuery } from '../graphql/ocg.query';

// A malformed id and a group the person may not see both read as "not found", as the API intends.
export function useOcg(id: string, fetchPolicy: 'cache-and-network' | 'network-only' = 'cache-and-network') {
  const { data, loading, error, refetch } = useQuery(OcgQuery, { variables: { id }, fetchPolicy });
  const ocg = getFragmentData(OcgDetailsFragment, data?.ocg);
  const history = getFragmentData(OcgScoreHistoryFragment, data?.ocg);
  const links = getFragmentData(OcgLinksFragment, data?.ocg);
  const codes = apiErrors(error).map((e) => e.code);
  const notFound = !data && (codes.includes('NOT_FOUND') || codes.includes('BAD_USER_INPUT'));
  return { ocg, history: history?.scoreHistory ?? [], links, loading: loading && !data, notFound, error: data ? undefined : error, refetch };
}
