import { graphql } from '../../../gql';

export const UpdateObjectiveMutation = graphql(`
  mutation UpdateObjective($input: UpdateObjectiveInput!) {
    updateObjective(input: $input) {
      id
      strand
      objective
      tacticHeadings
      version
      ownerAgency {
        id
        name
      }
    }
  }
`);
