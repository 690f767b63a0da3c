import { graphql } from '../../../gql';

export const MeetingInviteQuery = graphql(`
  query MeetingInvite($meetingId: ID!) {
    meetingInvite(meetingId: $meetingId) {
      filename
      contentType
      content
    }
  }
`);
