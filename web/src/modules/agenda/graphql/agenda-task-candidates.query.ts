import { graphql } from '../../../gql';

// The API has no text filter on tasks: the most recently updated open ones are fetched and matched in the browser.
export const AgendaTaskCandidatesQuery = graphql(`
  query AgendaTaskCandidates($panelId: ID!, $statuses: [TaskStatus!], $limit: Int!) {
    tasks(panelId: $panelId, statuses: $statuses, sort: RECENTLY_UPDATED, limit: $limit, offset: 0) {
      totalCount
      nodes {
        id
        reference
        title
      }
    }
  }
`);
