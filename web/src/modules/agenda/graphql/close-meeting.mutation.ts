import { graphql } from '../../../gql';

export const CloseMeetingMutation = graphql(`
  mutation CloseMeeting($meetingId: ID!, $confirmEmptyRegister: Boolean) {
    closeMeeting(meetingId: $meetingId, confirmEmptyRegister: $confirmEmptyRegister) {
      ...MeetingLiveFields
    }
  }
`);
