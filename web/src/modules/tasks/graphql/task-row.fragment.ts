import { graphql } from '../../../gql';

export const TaskRowFragment = graphql(`
  fragment TaskRow on Task {
    id
    reference
    title
    status
    dueOn
    isOverdue
    ownerName
    priority
    gscMarking
    updatedAt
    agency {
      id
      name
    }
    ocg {
      id
      reference
      name
    }
  }
`);
