import { graphql } from '../../../gql';

export const DeclineReferralMutation = graphql(`
  mutation DeclineReferral($input: DeclineReferralInput!) {
    declineReferral(input: $input) {
      id
      ...ReferralDetails
    }
  }
`);
