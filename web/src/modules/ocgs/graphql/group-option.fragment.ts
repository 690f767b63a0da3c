import { graphql } from '../../../gql';

// What the group picker shows of a group: its reference and name, and its status when it is closed.
export const GroupOptionFragment = graphql(`
  fragment GroupOption on Ocg {
    id
    reference
    name
    status
  }
`);
