import { graphql } from '../../../gql';

export const ReferralQuery = graphql(`
  query Referral($id: ID!) {
    referral(id: $id) {
      id
      ...ReferralDetails
    }
  }
`);
