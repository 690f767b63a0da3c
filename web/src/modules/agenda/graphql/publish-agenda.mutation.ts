import { graphql } from '../../../gql';

export const PublishAgendaMutation = graphql(`
  mutation PublishAgenda($meetingId: ID!, $version: Int!) {
    publishAgenda(meetingId: $meetingId, version: $version) {
      ...AgendaFields
    }
  }
`);
