import { graphql } from '../../../gql';

export const BuildAgendaMutation = graphql(`
  mutation BuildAgenda($meetingId: ID!, $rebuild: Boolean!) {
    buildAgenda(meetingId: $meetingId, rebuild: $rebuild) {
      ...AgendaFields
    }
  }
`);
