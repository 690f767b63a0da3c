import { graphql } from '../../../gql';

export const TaskQuery = graphql(`
  query Task($id: ID!) {
    task(id: $id) {
      id
      ...TaskDetails
      ...TaskTimeline
    }
  }
`);
