import { graphql } from '../../../gql';

export const OcgsQuery = graphql(`
  query Ocgs($panelId: ID!, $filter: OcgFilter, $sort: OcgSort!, $limit: Int!, $offset: Int!) {
    ocgs(panelId: $panelId, filter: $filter, sort: $sort, limit: $limit, offset: $offset) {
      totalCount
      nodes {
        id
        ...OcgRow
      }
    }
  }
`);
