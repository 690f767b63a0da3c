import { graphql } from '../../../gql';

export const TasksQuery = graphql(`
  query Tasks($panelId: ID!, $filter: TaskFilter, $sort: TaskSort!, $limit: Int!, $offset: Int!) {
    tasks(panelId: $panelId, filter: $filter, sort: $sort, limit: $limit, offset: $offset) {
      totalCount
      nodes {
        id
        ...TaskRow
      }
    }
  }
`);
