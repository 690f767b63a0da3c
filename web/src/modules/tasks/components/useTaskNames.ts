import { useQuery } from '@apollo/client/react';
import { AgencyOptionsQuery } from '../../agencies/graphql/agency-options.query';
import { OfficerOptionsQuery } from '../../ocgs/graphql/member-options.query';
import type { NameLookup } from '../utils/timeline';

// Agencies and members of the panel by id, so a reallocation reads "Police → HMRC" rather than two ids.
export function useTaskNames(panelId: string): NameLookup {
  const agencies = useQuery(AgencyOptionsQuery, { variables: { panelId } });
  const people = useQuery(OfficerOptionsQuery, { variables: { panelId } });
  return {
    agencies: new Map((agencies.data?.agencies.nodes ?? []).map((a) => [a.id, a.name])),
    people: new Map((people.data?.members.nodes ?? []).map((m) => [m.userId, m.name])),
  };
}
