import { graphql } from '../../../gql';

export const NominalQuery = graphql(`
  query Nominal($id: ID!) {
    nominal(id: $id) {
      id
      ...NominalDetails
    }
  }
`);
