import { graphql } from '../../../gql';

export const GenerateAssessmentMutation = graphql(`
  mutation GenerateAssessment($panelId: ID!, $periodTo: String) { generateAssessment(panelId: $panelId, periodTo: $periodTo) {
      ...AssessmentFields
    }
  }
`);
