import { graphql } from '../../../gql';

export const NominalSearchQuery = graphql(`
  query NominalSearch($panelId: ID!, $text: String!, $limit: Int!) {
    search(panelId: $panelId, text: $text, limit: $limit, kinds: [NOMINAL]) {
      namesSearched
      hits {
        id
        title
        subtitle
        nominal {
          id
          reference
          personalDataWithheld
        }
      }
    }
  }
`);
