import { graphql } from '../../../gql';

export const AgendaPackInfoQuery = graphql(`
  query AgendaPackInfo($meetingId: ID!) {
    agendaPackInfo(meetingId: $meetingId) {
      meetingId
      htmlUrl
      pdfUrl
      minutesPdfUrl
      minutesDocxUrl
    }
  }
`);
