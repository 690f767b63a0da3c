import { graphql } from '../../../gql';

export const AssessmentQuery = graphql(`
  query Assessment($id: ID!) { assessment(id: $id) {
      ...AssessmentFields
    }
  }
`);
