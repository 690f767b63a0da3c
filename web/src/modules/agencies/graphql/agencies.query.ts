import { graphql } from '../../../gql';

export const AgenciesQuery = graphql(`
  query Agencies($panelId: ID!, $search: String, $limit: Int!, $offset: Int!) {
    agencies(panelId: $panelId, search: $search, limit: $limit, offset: $offset) {
      totalCount
      nodes {
        id
        ...AgencyRow
      }
    }
  }
`);
