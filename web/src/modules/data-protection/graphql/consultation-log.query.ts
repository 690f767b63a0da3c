import { graphql } from '../../../gql';

export const ConsultationLogQuery = graphql(`
  query ConsultationLog(
    $panelId: ID!
    $nominalId: ID
    $userId: ID
    $agencyId: ID
    $channel: DataChannel
    $action: ConsultationAction
    $from: String
    $to: String
    $limit: Int!
    $offset: Int!
  ) {
    consultationLog(
      panelId: $panelId
      nominalId: $nominalId
      userId: $userId
      agencyId: $agencyId
      channel: $channel
      action: $action
      from: $from
      to: $to
      limit: $limit
      offset: $offset
    ) {
      totalCount
      nodes {
        id
        at
        action
        channel
        purpose
        subjectSummary
        actorName
        actorAgencyName
        disclosedToAgencyName
      }
    }
  }
`);
