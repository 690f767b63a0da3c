import { graphql } from '../../../gql';

export const TaskTimelineFragment = graphql(`
  fragment TaskTimeline on Task {
    id
    updates(limit: 50) {
      id
      kind
      text
      fromStatus
      toStatus
      changes {
        field
        before
        after
      }
      authorName
      authorAgencyName
      createdAt
    }
  }
`);
