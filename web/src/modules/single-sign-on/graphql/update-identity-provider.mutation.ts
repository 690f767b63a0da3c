import { graphql } from '../../../gql';

export const UpdateIdentityProviderMutation = graphql(`
  mutation UpdateIdentityProvider($input: UpdateIdentityProviderInput!) {
    updateIdentityProvider(input: $input) {
      ...IdentityProviderDetails
    }
  }
`);
