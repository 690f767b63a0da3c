import { graphql } from '../../../gql';

export const UpdateNominalMutation = graphql(`
  mutation UpdateNominal($input: UpdateNominalInput!) {
    updateNominal(input: $input) {
      id
      ...NominalDetails
    }
  }
`);
