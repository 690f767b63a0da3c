import { graphql } from '../../../gql';

export const CrossPanelMatchQuery = graphql(`
  query CrossPanelMatch($id: ID!) {
    crossPanelMatch(id: $id) {
      ...CrossPanelMatchFields
    }
  }
`);
