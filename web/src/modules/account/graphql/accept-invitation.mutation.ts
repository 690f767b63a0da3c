import { graphql } from '../../../gql';

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: SetPasswordByLinkInput!) {
    acceptInvitation(input: $input) {
      id
      memberships {
        permissions
      }
    }
  }
`);
