import { useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../../gql';
import { apiErrors } from '../../app/utils/api-errors';
import { AgencyDetailsFragment } from '../graphql/agency-details.fragment';
import { AgencyQuery } from '../graphql/agency.query';

// A malformed id and a record the person may not see both read as "not found", as the API intends.
export function useAgency(id: string, fetchPolicy: 'cache-and-network' | 'network-only' = 'cache-and-network') {
  const { data, loading, error, refetch } = useQuery(AgencyQuery, { variables: { id }, fetchPolicy });
  const agency = getFragmentData(AgencyDetailsFragment, data?.agency);
  const codes = apiErrors(error).map((e) => e.code);
  const notFound = !data && (codes.includes('NOT_FOUND') || codes.includes('BAD_USER_INPUT'));
  return { agency, loading: loading && !data, notFound, error: data ? undefined : error, refetch };
}
