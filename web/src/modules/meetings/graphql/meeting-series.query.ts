import { graphql } from '../../../gql';

export const MeetingSeriesQuery = graphql(`
  query MeetingSeries($panelId: ID!) {
    meetingSeries(panelId: $panelId) {
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
