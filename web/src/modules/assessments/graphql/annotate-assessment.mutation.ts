import { graphql } from '../../../gql';

export const AnnotateAssessmentMutation = graphql(`
  mutation AnnotateAssessment($input: AnnotateAssessmentInput!) { annotateAssessment(input: $input) {
      ...AssessmentFields
    }
  }
`);
