import { graphql } from '../../../gql';

export const OcgScoreHistoryFragment = graphql(`
  fragment OcgScoreHistory on Ocg {
    id
    scoreHistory(limit: 20) {
      id
      harmPhysical
      harmCommunity
      harmGeographic
      harmVulnerability
      likelihood
      capability
      capacity
      confidence
      rationale
      scaleMax
      scoredAt
      tier
      total
    }
  }
`);
