import { graphql } from '../../../gql';

export const MemberRowFragment = graphql(`
  fragment MemberRow on Member {
    id
    name
    email
    role
    disabled
    invited
    invitationExpiresAt
    agency {
      id
      name
    }
  }
`);
