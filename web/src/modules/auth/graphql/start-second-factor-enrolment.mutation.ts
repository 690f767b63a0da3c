import { graphql } from '../../../gql';

export const StartSecondFactorEnrolmentMutation = graphql(`
  mutation StartSecondFactorEnrolment($proof: SecondFactorProofInput) {
    startSecondFactorEnrolment(proof: $proof) {
      secret
      qrCodeSvg
    }
  }
`);
