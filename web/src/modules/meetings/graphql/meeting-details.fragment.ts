import { graphql } from '../../../gql';

export const MeetingDetailsFragment = graphql(`
  fragment MeetingDetails on Meeting {
    id
    ...MeetingRow
    panelId
    seriesId
    agendaPublishedAt
    openedAt
    closedAt
    attendance {
      userId
      userName
      agencyId
      agencyName
      reply
      repliedAt
      substituteUserId
      substituteName
      presence
      confidentialityAcknowledgedAt
    }
  }
`);
