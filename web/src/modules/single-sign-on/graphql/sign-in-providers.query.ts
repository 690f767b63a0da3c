import { graphql } from '../../../gql';

/** Asked by the sign-in page without the API client (SignInProviders.tsx), as the text Apollo would send. */
export const SignInProvidersQuery = graphql(`
  query SignInProviders {
    signInProviders {
      id
      name
    }
  }
`);
