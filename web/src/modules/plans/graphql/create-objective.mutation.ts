import { graphql } from '../../../gql';

export const CreateObjectiveMutation = graphql(`
  mutation CreateObjective($input: CreateObjectiveInput!) {
    createObjective(input: $input) {
      id
      strand
      objective
    }
  }
`);
