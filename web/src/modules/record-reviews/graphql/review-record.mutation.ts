import { graphql } from '../../../gql';

export const ReviewRecordMutation = graphql(`
  mutation ReviewRecord($input: ReviewRecordInput!) {
    reviewRecord(input: $input) {
      id
      decision
      reference
      nextReviewOn
      erasedCount
    }
  }
`);
