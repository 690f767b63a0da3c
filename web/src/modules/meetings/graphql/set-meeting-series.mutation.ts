import { graphql } from '../../../gql';

export const SetMeetingSeriesMutation = graphql(`
  mutation SetMeetingSeries($input: SetMeetingSeriesInput!) {
    setMeetingSeries(input: $input) {
      id
      rule
      startsOn
      startTime
      durationMinutes
      firstMode
      teamsUrl
      location
      version
    }
  }
`);
