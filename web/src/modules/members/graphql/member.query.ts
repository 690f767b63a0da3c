import { graphql } from '../../../gql';

export const MemberQuery = graphql(`
  query Member($id: ID!) {
    member(id: $id) {
      id
      ...MemberDetails
    }
  }
`);
