import { graphql } from '../../../gql';

export const CreateOcgMutation = graphql(`
  mutation CreateOcg($input: CreateOcgInput!) {
    createOcg(input: $input) {
      id
      ...OcgDetails
    }
  }
`);
