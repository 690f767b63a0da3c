import { graphql } from '../../../gql';

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
      mustChangePassword
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
