import { useQuery } from '@apollo/client/react';
import type { SelectOption } from '../../../ui/Select';
import { OfficerOptionsQuery } from '../graphql/member-options.query';

// Members of the panel by their user id, which is what the LRO and SRO fields hold.
export function useOfficerOptions(panelId: string): { options: SelectOption[]; loading: boolean } {
  const { data, loading } = useQuery(OfficerOptionsQuery, { variables: { panelId } });
  const options = (data?.members.nodes ?? []).map((m) => ({
    value: m.userId,
    label: m.agency ? `${m.name} (${m.agency.name})` : m.name,
  }));
  return { options, loading: loading && !data };
}
