import { graphql } from '../../../gql';

export const MeetingMinutesQuery = graphql(`
  query MeetingMinutes($meetingId: ID!) {
    meetingMinutes(meetingId: $meetingId) {
      id
      ...MeetingMinutesFields
    }
  }
`);
