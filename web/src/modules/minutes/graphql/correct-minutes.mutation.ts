import { graphql } from '../../../gql';

export const CorrectMinutesMutation = graphql(`
  mutation CorrectMinutes($input: CorrectMinutesInput!) {
    correctMinutes(input: $input) {
      id
      ...MeetingMinutesFields
    }
  }
`);
