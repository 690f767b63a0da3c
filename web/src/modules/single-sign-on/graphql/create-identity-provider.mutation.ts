import { graphql } from '../../../gql';

export const CreateIdentityProviderMutation = graphql(`
  mutation CreateIdentityProvider($input: CreateIdentityProviderInput!) {
    createIdentityProvider(input: $input) {
      ...IdentityProviderDetails
    }
  }
`);
