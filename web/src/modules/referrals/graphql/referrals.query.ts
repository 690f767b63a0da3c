import { graphql } from '../../../gql';

export const ReferralsQuery = graphql(`
  query Referrals($panelId: ID!, $status: ReferralStatus, $search: String, $limit: Int!, $offset: Int!) {
    referrals(panelId: $panelId, status: $status, search: $search, limit: $limit, offset: $offset) {
      totalCount
      nodes {
        id
        ...ReferralRow
      }
    }
  }
`);
