import { graphql } from '../../../gql';

export const RegionQuery = graphql(`
  query Region($id: ID!) {
    region(id: $id) {
      id
      name
      kind
      panels {
        id
        name
        forceName
      }
    }
  }
`);
