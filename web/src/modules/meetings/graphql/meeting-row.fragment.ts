import { graphql } from '../../../gql';

export const MeetingRowFragment = graphql(`
  fragment MeetingRow on Meeting {
    id
    title
    startsAt
    endsAt
    status
    mode
    teamsUrl
    location
    version
    myReply {
      userId
      reply
      substituteUserId
      substituteName
    }
  }
`);
