import { graphql } from '../../../gql';

export const OcgQuery = graphql(`
  query Ocg($id: ID!) {
    ocg(id: $id) {
      id
      ...OcgDetails
      ...OcgScoreHistory
      ...OcgLinks
    }
  }
`);
