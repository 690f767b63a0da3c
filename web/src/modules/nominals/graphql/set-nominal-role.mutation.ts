import { graphql } from '../../../gql';

export const SetNominalRoleMutation = graphql(`
  mutation SetNominalRole($input: SetNominalRoleInput!) {
    setNominalRole(input: $input) {
      id
      reference
      displayName
    }
  }
`);
