import { graphql } from '../../../gql';

export const RecordPlaceMutation = graphql(`
  mutation RecordPlace($input: RecordPlaceInput!) {
    recordPlace(input: $input) {
      id
      label
    }
  }
`);
