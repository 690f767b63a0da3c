import { graphql } from '../../../gql';

export const TasksQuery = graphql(`
  query Tasks(
    $panelId: ID!
    $statuses: [TaskStatus!]
    $agencyId: ID
    $ocgId: ID
    $overdueOnly: Boolean!
    $dueWithinDays: Int
    $closedWithinDays: Int
    $sort: TaskSort!
    $limit: Int!
    $offset: Int!
  ) {
    tasks(
      panelId: $panelId
      statuses: $statuses
      agencyId: $agencyId
      ocgId: $ocgId
      overdueOnly: $overdueOnly
      dueWithinDays: $dueWithinDays
      closedWithinDays: $closedWithinDays
      sort: $sort
      limit: $limit
      offset: $offset
    ) {
      totalCount
      nodes {
        id
        ...TaskRow
      }
    }
  }
`);
