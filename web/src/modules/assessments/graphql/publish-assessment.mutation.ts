import { graphql } from '../../../gql';

export const PublishAssessmentMutation = graphql(`
  mutation PublishAssessment($id: ID!, $version: Int!) { publishAssessment(id: $id, version: $version) {
      ...AssessmentFields
    }
  }
`);
