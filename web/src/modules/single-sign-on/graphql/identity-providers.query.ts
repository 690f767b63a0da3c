import { graphql } from '../../../gql';

export const IdentityProvidersQuery = graphql(`
  query IdentityProviders {
    identityProviders {
      ...IdentityProviderDetails
    }
  }
`);
