import { graphql } from '../../../gql';

export const EmergingThreatsQuery = graphql(`
  query EmergingThreats($panelId: ID!, $limit: Int!, $offset: Int!) {
    emergingThreats(panelId: $panelId, limit: $limit, offset: $offset) {
      totalCount
      nodes {
        id
        ...EmergingThreatFields
      }
    }
  }
`);
