import { graphql } from '../../../gql';

// Null intelligence means the viewer's role or agency agreement does not allow reading it.
export const OcgIntelligenceQuery = graphql(`
  query OcgIntelligence($id: ID!) {
    ocg(id: $id) {
      id
      intelligence(limit: 50) {
        id
        ...IntelligenceEntryItem
      }
    }
  }
`);
