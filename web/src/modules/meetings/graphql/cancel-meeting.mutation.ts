import { graphql } from '../../../gql';

export const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($id: ID!, $version: Int!) {
    cancelMeeting(id: $id, version: $version) {
      id
      ...MeetingDetails
    }
  }
`);
