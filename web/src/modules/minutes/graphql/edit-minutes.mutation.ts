import { graphql } from '../../../gql';

export const EditMinutesMutation = graphql(`
  mutation EditMinutes($input: EditMinutesInput!) {
    editMinutes(input: $input) {
      id
      ...MeetingMinutesFields
    }
  }
`);
