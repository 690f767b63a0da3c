import { graphql } from '../../../gql';

export const AuditChainStatusQuery = graphql(`
  query AuditChainStatus($panelId: ID!) {
    auditChainStatus(panelId: $panelId) {
      log
      verified
      rows
      problem
      checkedAt
    }
  }
`);
