import { graphql } from '../../../gql';

export const PanelScoringFragment = graphql(`
  fragment PanelScoring on Panel {
    id
    scaleMax
    tiers {
      name
      minTotal
    }
    version
  }
`);
