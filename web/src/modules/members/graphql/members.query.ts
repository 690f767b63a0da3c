import { graphql } from '../../../gql';

export const MembersQuery = graphql(`
  query Members(
    $panelId: ID!
    $agencyId: ID
    $role: PanelRole
    $search: String
    $includeDisabled: Boolean!
    $limit: Int!
    $offset: Int!
  ) {
    members(
      panelId: $panelId
      agencyId: $agencyId
      role: $role
      search: $search
      includeDisabled: $includeDisabled
      limit: $limit
      offset: $offset
    ) {
      totalCount
      nodes {
        id
        ...MemberRow
      }
    }
  }
`);
