import { graphql } from '../../../gql';

// Referrals that could go under an item, found by the API by reference or words of the summary.
export const AgendaReferralCandidatesQuery = graphql(`
  query AgendaReferralCandidates($panelId: ID!, $search: String!, $limit: Int!) {
    referrals(panelId: $panelId, search: $search, limit: $limit, offset: 0) {
      totalCount
      nodes {
        id
        reference
        summary
      }
    }
  }
`);
