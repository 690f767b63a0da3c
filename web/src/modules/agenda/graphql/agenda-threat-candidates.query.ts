import { graphql } from '../../../gql';

// Emerging threats that could go under an item, found by the API by words of the title.
export const AgendaThreatCandidatesQuery = graphql(`
  query AgendaThreatCandidates($panelId: ID!, $search: String!, $limit: Int!) {
    emergingThreats(panelId: $panelId, search: $search, limit: $limit, offset: 0) {
      totalCount
      nodes {
        id
        title
      }
    }
  }
`);
