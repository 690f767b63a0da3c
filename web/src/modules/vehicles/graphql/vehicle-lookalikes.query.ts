import { graphql } from '../../../gql';

// The search page's plate matching: the same plate however written, and plates a misread letter away (0/O, M/N...).
export const VehicleLookalikesQuery = graphql(`
  query VehicleLookalikes($panelId: ID!, $text: String!, $limit: Int!) {
    search(panelId: $panelId, text: $text, kinds: [VEHICLE], limit: $limit) {
      hits {
        id
        title
        subtitle
        vehicle {
          id
          vrm
        }
      }
    }
  }
`);
