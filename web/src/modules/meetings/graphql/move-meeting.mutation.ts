import { graphql } from '../../../gql';

export const MoveMeetingMutation = graphql(`
  mutation MoveMeeting($input: MoveMeetingInput!) {
    moveMeeting(input: $input) {
      id
      ...MeetingDetails
    }
  }
`);
