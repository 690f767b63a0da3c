import { graphql } from '../../../gql';

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: SetPasswordByLinkInput!) {
    resetPassword(input: $input) {
      id
      memberships {
        permissions
      }
    }
  }
`);
