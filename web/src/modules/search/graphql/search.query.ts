import { graphql } from '../../../gql';

export const SearchRecordsQuery = graphql(`
  query SearchRecords($panelId: ID!, $text: String!, $limit: Int!) {
    search(panelId: $panelId, text: $text, limit: $limit) {
      namesSearched
      hits {
        id
        kind
        title
        subtitle
        score
        nominal {
          id
          reference
          personalDataWithheld
        }
        vehicle {
          id
          ocgs {
            id
            reference
            name
          }
        }
        place {
          id
          highHarm
          ocgs {
            id
            reference
            name
          }
        }
      }
    }
  }
`);
