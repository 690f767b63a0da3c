import { graphql } from '../../../gql';

export const GroupOptionsQuery = graphql(`
  query GroupOptions($panelId: ID!) {
    ocgs(panelId: $panelId, sort: REFERENCE, limit: 100, offset: 0) {
      totalCount
      nodes {
        id
        reference
        name
      }
    }
  }
`);
