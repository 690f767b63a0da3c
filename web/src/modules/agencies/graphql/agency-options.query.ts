import { graphql } from '../../../gql';

export const AgencyOptionsQuery = graphql(`
  query AgencyOptions($panelId: ID!) {
    agencies(panelId: $panelId, limit: 100, offset: 0) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);
