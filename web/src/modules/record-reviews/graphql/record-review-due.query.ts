import { graphql } from '../../../gql';

export const RecordReviewDueQuery = graphql(`
  query RecordReviewDue($panelId: ID!, $id: ID!) {
    recordReviewDue(panelId: $panelId, id: $id) {
      ...RecordReviewDueFields
    }
  }
`);
