import { graphql } from '../../../gql';

export const ConfirmSecondFactorEnrolmentMutation = graphql(`
  mutation ConfirmSecondFactorEnrolment($input: ConfirmSecondFactorInput!) {
    confirmSecondFactorEnrolment(input: $input) {
      codes
    }
  }
`);
