import { graphql } from '../../../gql';

export const AuditTrailQuery = graphql(`
  query AuditTrail(
    $panelId: ID!
    $nominalId: ID
    $userId: ID
    $agencyId: ID
    $action: AuditAction
    $from: String
    $to: String
    $limit: Int!
    $offset: Int!
  ) {
    auditTrail(
      panelId: $panelId
      nominalId: $nominalId
      userId: $userId
      agencyId: $agencyId
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
        entityType
        entityId
        changedFields
        actorName
        actorAgencyName
      }
    }
  }
`);
