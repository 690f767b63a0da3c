import { graphql } from '../../../gql';

// Groups that could go under an item, found by the API by reference or name.
export const AgendaOcgCandidatesQuery = graphql(`
  query AgendaOcgCandidates($panelId: ID!, $search: String!, $limit: Int!) {
    ocgs(panelId: $panelId, filter: { search: $search }, sort: REFERENCE, limit: $limit, offset: 0) {
      totalCount
      nodes {
        id
        reference
        name
      }
    }
  }
`);
