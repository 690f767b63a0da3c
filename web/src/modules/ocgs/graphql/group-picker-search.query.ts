import { graphql } from '../../../gql';

// The search page's matching (misspellings forgiven, "742" for OCG-0742), closest first; every status, archived
// included: a picker must reach any group of the panel, not only the open ones.
export const GroupPickerSearchQuery = graphql(`
  query GroupPickerSearch($panelId: ID!, $text: String!, $limit: Int!) {
    search(panelId: $panelId, text: $text, kinds: [OCG], limit: $limit) {
      hits {
        id
        ocg {
          id
          ...GroupOption
        }
      }
    }
  }
`);
