import { graphql } from '../../../gql';

export const DraftMinutesMutation = graphql(`
  mutation DraftMinutes($meetingId: ID!) {
    draftMinutes(meetingId: $meetingId) {
      id
      ...MeetingMinutesFields
    }
  }
`);
