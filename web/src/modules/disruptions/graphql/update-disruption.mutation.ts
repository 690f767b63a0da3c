import { graphql } from '../../../gql';

export const UpdateDisruptionMutation = graphql(`
  mutation UpdateDisruption($input: UpdateDisruptionInput!) {
    updateDisruption(input: $input) {
      id
      occurredOn
      impact
      version
    }
  }
`);
