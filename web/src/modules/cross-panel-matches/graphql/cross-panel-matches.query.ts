import { graphql } from '../../../gql';

export const CrossPanelMatchesQuery = graphql(`
  query CrossPanelMatches($panelId: ID!, $limit: Int!, $offset: Int!) {
    crossPanelMatches(panelId: $panelId, limit: $limit, offset: $offset) {
      totalCount
      awaitingDecision
      nodes {
        ...CrossPanelMatchFields
      }
    }
  }
`);
