import { graphql } from '../../../gql';

export const VerifySecondFactorMutation = graphql(`
  mutation VerifySecondFactor($input: VerifySecondFactorInput!) {
    verifySecondFactor(input: $input) {
      verified
      recoveryCodesLeft
    }
  }
`);
