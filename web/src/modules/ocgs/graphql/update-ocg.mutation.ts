import { graphql } from '../../../gql';

export const UpdateOcgMutation = graphql(`
  mutation UpdateOcg($input: UpdateOcgInput!) {
    updateOcg(input: $input) {
      id
      ...OcgDetails
    }
  }
`);
