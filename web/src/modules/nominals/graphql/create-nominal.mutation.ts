import { graphql } from '../../../gql';

export const CreateNominalMutation = graphql(`
  mutation CreateNominal($input: CreateNominalInput!) {
    createNominal(input: $input) {
      id
      reference
      displayName
    }
  }
`);
