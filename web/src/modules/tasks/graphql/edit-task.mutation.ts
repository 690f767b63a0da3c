import { graphql } from '../../../gql';

export const EditTaskMutation = graphql(`
  mutation EditTask($input: EditTaskInput!) {
    editTask(input: $input) {
      id
      ...TaskDetails
      ...TaskTimeline
    }
  }
`);
