import { graphql } from '../../../gql';

// Open tasks that could go under an item, found by the API by reference or words of the title, most recently updated first.
export const AgendaTaskCandidatesQuery = graphql(`
  query AgendaTaskCandidates($panelId: ID!, $statuses: [TaskStatus!], $search: String!, $limit: Int!) {
    tasks(panelId: $panelId, filter: { statuses: $statuses, search: $search }, sort: RECENTLY_UPDATED, limit: $limit, offset: 0) {
      totalCount
      nodes {
        id
        reference
        title
      }
    }
  }
`);
