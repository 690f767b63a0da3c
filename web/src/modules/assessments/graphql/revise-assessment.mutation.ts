import { graphql } from '../../../gql';

export const ReviseAssessmentMutation = graphql(`
  mutation ReviseAssessment($id: ID!) { reviseAssessment(id: $id) {
      ...AssessmentFields
    }
  }
`);
