import { graphql } from '../../../gql';

export const CreateAgencyMutation = graphql(`
  mutation CreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      id
      ...AgencyDetails
    }
  }
`);
