import { graphql } from '../../../gql';

export const UpdatePlaceMutation = graphql(`
  mutation UpdatePlace($input: UpdatePlaceInput!) {
    updatePlace(input: $input) {
      id
      ...PlaceDetails
    }
  }
`);
