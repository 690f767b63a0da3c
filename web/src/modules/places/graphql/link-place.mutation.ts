import { graphql } from '../../../gql';

export const LinkPlaceMutation = graphql(`
  mutation LinkPlace($input: LinkInput!) {
    linkPlace(input: $input) {
      id
      label
    }
  }
`);
