// Closing a meeting (the live flow here) drafts the minutes; the minutes panel drafts them again on demand.
import { graphql } from '../../../gql';

export const DraftMinutesMutation = graphql(`
  mutation DraftMinutes($meetingId: ID!) {
    draftMinutes(meetingId: $meetingId) {
      id
      ...MeetingMinutesFields
    }
  }
`);
