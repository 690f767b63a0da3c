import { graphql } from '../../../gql';

export const AddMemberMutation = graphql(`
  mutation AddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      invitationSent
      member {
        id
        name
        email
      }
    }
  }
`);
