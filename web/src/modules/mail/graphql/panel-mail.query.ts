import { graphql } from '../../../gql';

export const PanelMailQuery = graphql(`
  query PanelMail($panelId: ID!, $outcome: MailOutcome, $limit: Int!, $offset: Int!) {
    panelMail(panelId: $panelId, outcome: $outcome, limit: $limit, offset: $offset) {
      totalCount
      undeliveredCount
      nodes {
        id
        at
        kind
        recipient
        subject
        outcome
        reason
      }
    }
  }
`);
