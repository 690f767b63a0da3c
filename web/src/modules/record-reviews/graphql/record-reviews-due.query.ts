import { graphql } from '../../../gql';

export const RecordReviewsDueQuery = graphql(`
  query RecordReviewsDue($panelId: ID!, $limit: Int!, $offset: Int!) {
    recordReviewsDue(panelId: $panelId, limit: $limit, offset: $offset) {
      totalCount
      nodes {
        ...RecordReviewDueFields
      }
    }
  }
`);

/** How many records wait for the viewer's review: the count alone, so no name is read (or logged). */
export const RecordReviewsDueCountQuery = graphql(`
  query RecordReviewsDueCount($panelId: ID!) {
    recordReviewsDue(panelId: $panelId, limit: 1) {
      totalCount
    }
  }
`);
