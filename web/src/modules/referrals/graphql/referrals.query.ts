import { graphql } from '../../../gql';

export const ReferralsQuery = graphql(`
  query Referrals($panelId: ID!, $status: ReferralStatus, $limit: Int!, $offset: Int!) {
    referrals(panelId: $panelId, status: $status, limit: $limit, offset: $offset) {
      totalCount
      nodes {
        id
        ...ReferralRow
      }
    }
  }
`);
