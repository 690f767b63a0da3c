import { graphql } from '../../../gql';

export const UpdateAgencyMutation = graphql(`
  mutation UpdateAgency($input: UpdateAgencyInput!) {
    updateAgency(input: $input) {
      id
      ...AgencyDetails
    }
  }
`);
