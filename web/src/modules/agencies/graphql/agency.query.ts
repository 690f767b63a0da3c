import { graphql } from '../../../gql';

export const AgencyQuery = graphql(`
  query Agency($id: ID!) {
    agency(id: $id) {
      id
      ...AgencyDetails
    }
  }
`);
