import { graphql } from '../../../gql';

export const CloseMeetingMutation = graphql(`
  mutation CloseMeeting($meetingId: ID!) {
    closeMeeting(meetingId: $meetingId) {
      ...MeetingLiveFields
    }
  }
`);
