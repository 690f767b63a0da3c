import { graphql } from '../../../gql';

export const MemberDetailsFragment = graphql(`
  fragment MemberDetails on Member {
    id
    panelId
    userId
    name
    email
    role
    disabled
    accessConfirmedAt
    invited
    invitationExpiresAt
    version
    agencyId
    agency {
      id
      name
    }
  }
`);
