import { graphql } from '../../../gql';

export const AllocateTaskMutation = graphql(`
  mutation AllocateTask($input: AllocateTaskInput!) {
    allocateTask(input: $input) {
      id
      ...TaskDetails
    }
  }
`);
