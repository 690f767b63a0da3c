import { graphql } from '../../../gql';

export const NextMeetingQuery = graphql(`
  query NextMeeting($panelId: ID!) {
    nextMeeting(panelId: $panelId) {
      id
      ...MeetingRow
    }
  }
`);
