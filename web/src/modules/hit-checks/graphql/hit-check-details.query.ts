import { graphql } from '../../../gql';

export const HitCheckDetailsQuery = graphql(`
  query HitCheckDetails($subjectId: ID!) {
    hitCheckDetails(subjectId: $subjectId) {
      agencyName
      detail
      answeredAt
    }
  }
`);
