import { graphql } from '../../../gql';

export const RecordVehicleMutation = graphql(`
  mutation RecordVehicle($input: RecordVehicleInput!) {
    recordVehicle(input: $input) {
      id
      registration
    }
  }
`);
