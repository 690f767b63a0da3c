import { graphql } from '../../../gql';

export const OpenMeetingMutation = graphql(`
  mutation OpenMeeting($meetingId: ID!) {
    openMeeting(meetingId: $meetingId) {
      ...MeetingLiveFields
    }
  }
`);
