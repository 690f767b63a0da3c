import { graphql } from '../../../gql';

export const PanelScoringQuery = graphql(`
  query PanelScoring($id: ID!) {
    panel(id: $id) {
      id
      ...PanelScoring
    }
  }
`);
