import { graphql } from '../../../gql';

export const SendInvitationAgainMutation = graphql(`
  mutation SendInvitationAgain($id: ID!) {
    sendInvitationAgain(id: $id) {
      invitationSent
      member {
        ...MemberDetails
      }
    }
  }
`);
