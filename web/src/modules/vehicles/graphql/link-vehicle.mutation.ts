import { graphql } from '../../../gql';

export const LinkVehicleMutation = graphql(`
  mutation LinkVehicle($input: LinkInput!) {
    linkVehicle(input: $input) {
      id
      registration
    }
  }
`);
