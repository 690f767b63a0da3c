import { graphql } from '../../../gql';

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
      secondFactor {
        enrolled
        required
        verified
      }
      memberships {
        permissions
      }
    }
  }
`);
