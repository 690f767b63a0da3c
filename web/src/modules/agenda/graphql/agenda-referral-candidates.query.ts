import { graphql } from '../../../gql';

// The API has no text filter on referrals: the newest are fetched and matched in the browser.
export const AgendaReferralCandidatesQuery = graphql(`
  query AgendaReferralCandidates($panelId: ID!, $limit: Int!) {
    referrals(panelId: $panelId, limit: $limit, offset: 0) {
      totalCount
      nodes {
        id
        reference
        summary
      }
    }
  }
`);
