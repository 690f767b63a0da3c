import { graphql } from '../../../gql';

export const AddTaskUpdateMutation = graphql(`
  mutation AddTaskUpdate($input: AddTaskUpdateInput!) {
    addTaskUpdate(input: $input) {
      id
      status
      version
      ...TaskDetails
      ...TaskTimeline
    }
  }
`);
