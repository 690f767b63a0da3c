import { graphql } from '../../../gql';

export const PlaceQuery = graphql(`
  query Place($id: ID!) {
    place(id: $id) {
      id
      ...PlaceDetails
    }
  }
`);
