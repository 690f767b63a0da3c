import { graphql } from '../../../gql';

export const AgendaQuery = graphql(`
  query Agenda($meetingId: ID!) {
    agenda(meetingId: $meetingId) {
      ...AgendaFields
    }
  }
`);
