import { graphql } from '../../../gql';

export const AcceptReferralMutation = graphql(`
  mutation AcceptReferral($input: AcceptReferralInput!) {
    acceptReferral(input: $input) {
      id
      ...ReferralDetails
    }
  }
`);
