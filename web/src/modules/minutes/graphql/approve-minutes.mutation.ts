import { graphql } from '../../../gql';

export const ApproveMinutesMutation = graphql(`
  mutation ApproveMinutes($minutesId: ID!, $version: Int!) {
    approveMinutes(minutesId: $minutesId, version: $version) {
      id
      ...MeetingMinutesFields
    }
  }
`);
