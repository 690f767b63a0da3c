import { graphql } from '../../../gql';

export const StartReferralAssessmentMutation = graphql(`
  mutation StartReferralAssessment($input: ReferralVersionInput!) {
    startReferralAssessment(input: $input) {
      id
      ...ReferralDetails
    }
  }
`);
