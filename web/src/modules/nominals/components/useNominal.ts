import { useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../../gql';
import { apiErrors } from '../../app/utils/api-errors';
import { NominalDetailsFragment } from '../graphql/nominal-details.fragment';
import { NominalQuery } from '../graphql/nominal.query';

export function useNominal(id: string, fetchPolicy: 'cache-and-network' | 'network-only' = 'cache-and-network') {
  const { data, loading, error, refetch } = useQuery(NominalQuery, { variables: { id }, fetchPolicy });
  const nominal = getFragmentData(NominalDetailsFragment, data?.nominal);
  const codes = apiErrors(error).map((e) => e.code);
  const notFound = !data && (codes.includes('NOT_FOUND') || codes.includes('BAD_USER_INPUT'));
  return { nominal, loading: loading && !data, notFound, error: data ? undefined : error, refetch };
}
