import { graphql } from '../../../gql';

export const CreateReferralMutation = graphql(`
  mutation CreateReferral($input: CreateReferralInput!) {
    createReferral(input: $input) {
      id
      reference
    }
  }
`);
