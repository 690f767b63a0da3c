import { graphql } from '../../../gql';

// Open tasks with their latest timeline entry, for the printed action log reviewed at the meeting.
export const ActionLogQuery = graphql(`
  query ActionLog($panelId: ID!, $offset: Int!) {
    tasks(panelId: $panelId, filter: { statuses: [OPEN, IN_PROGRESS, BLOCKED] }, sort: DUE, limit: 50, offset: $offset) {
      totalCount
      nodes {
        id
        ...TaskRow
        updates(limit: 1) {
          id
          kind
          text
          toStatus
          authorName
          createdAt
        }
      }
    }
  }
`);
