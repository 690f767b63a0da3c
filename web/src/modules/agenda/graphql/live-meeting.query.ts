import { graphql } from '../../../gql';

export const LiveMeetingQuery = graphql(`
  query LiveMeeting($meetingId: ID!) {
    liveMeeting(meetingId: $meetingId) {
      ...MeetingLiveFields
    }
  }
`);
