import { graphql } from '../../../gql';

export const RecordReviewDueFieldsFragment = graphql(`
  fragment RecordReviewDueFields on RecordReviewDue {
    kind
    id
    reference
    name
    nextReviewOn
    createdAt
    leadOfficers
    version
  }
`);
