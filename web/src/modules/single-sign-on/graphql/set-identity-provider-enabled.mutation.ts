import { graphql } from '../../../gql';

export const SetIdentityProviderEnabledMutation = graphql(`
  mutation SetIdentityProviderEnabled($input: SetIdentityProviderEnabledInput!) {
    setIdentityProviderEnabled(input: $input) {
      ...IdentityProviderDetails
    }
  }
`);
