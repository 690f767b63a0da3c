import { graphql } from '../../../gql';

export const RecordDisruptionMutation = graphql(`
  mutation RecordDisruption($input: RecordDisruptionInput!) {
    recordDisruption(input: $input) {
      id
      occurredOn
      impact
    }
  }
`);
