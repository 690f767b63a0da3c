import { graphql } from '../../../gql';

export const RecordReviewsQuery = graphql(`
  query RecordReviews($panelId: ID!, $limit: Int!, $offset: Int!) {
    recordReviews(panelId: $panelId, limit: $limit, offset: $offset) {
      totalCount
      nodes {
        id
        subjectKind
        subjectId
        reference
        dueOn
        decision
        rationale
        nextReviewOn
        erasedCount
        decidedAt
        decidedBy
      }
    }
  }
`);
