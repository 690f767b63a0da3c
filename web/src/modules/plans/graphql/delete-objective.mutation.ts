import { graphql } from '../../../gql';

export const DeleteObjectiveMutation = graphql(`
  mutation DeleteObjective($input: DeleteObjectiveInput!) {
    deleteObjective(input: $input)
  }
`);
