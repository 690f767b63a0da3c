import { graphql } from '../../../gql';

export const OcgsQuery = graphql(`
  query Ocgs(
    $panelId: ID!
    $statuses: [OcgStatus!]
    $tier: String
    $crimeType: CrimeType
    $area: String
    $lroUserId: ID
    $search: String
    $sort: OcgSort!
    $limit: Int!
    $offset: Int!
  ) {
    ocgs(
      panelId: $panelId
      statuses: $statuses
      tier: $tier
      crimeType: $crimeType
      area: $area
      lroUserId: $lroUserId
      search: $search
      sort: $sort
      limit: $limit
      offset: $offset
    ) {
      totalCount
      nodes {
        id
        ...OcgRow
      }
    }
  }
`);
