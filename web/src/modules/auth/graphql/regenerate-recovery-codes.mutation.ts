import { graphql } from '../../../gql';

export const RegenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes($proof: SecondFactorProofInput!) {
    regenerateRecoveryCodes(proof: $proof) {
      codes
    }
  }
`);
