import { graphql } from '../../../gql';

export const CrossPanelHitsQuery = graphql(`
  query CrossPanelHits($panelId: ID!) {
    crossPanelMatches(panelId: $panelId, limit: 1) {
      awaitingDecision
    }
  }
`);
