import { graphql } from '../../../gql';

export const ResetMemberSecondFactorMutation = graphql(`
  mutation ResetMemberSecondFactor($input: ResetMemberSecondFactorInput!) {
    resetMemberSecondFactor(input: $input)
  }
`);
