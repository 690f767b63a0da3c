import { graphql } from '../../../gql';

export const ReplyToMeetingMutation = graphql(`
  mutation ReplyToMeeting($input: ReplyToMeetingInput!) {
    replyToMeeting(input: $input) {
      id
      ...MeetingDetails
    }
  }
`);
