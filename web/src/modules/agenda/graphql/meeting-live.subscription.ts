import { graphql } from '../../../gql';

export const MeetingLiveSubscription = graphql(`
  subscription MeetingLiveEvents($meetingId: ID!) {
    meetingLive(meetingId: $meetingId) {
      ...MeetingLiveFields
    }
  }
`);
