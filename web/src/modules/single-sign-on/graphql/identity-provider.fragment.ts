import { graphql } from '../../../gql';

export const IdentityProviderDetailsFragment = graphql(`
  fragment IdentityProviderDetails on IdentityProvider {
    id
    name
    issuer
    clientId
    secretEnv
    secretSet
    emailDomains
    tenantIds
    enabled
    version
  }
`);
