import { graphql } from '../../../gql';

export const DeclineCrossPanelMatchMutation = graphql(`
  mutation DeclineCrossPanelMatch($input: ResolveCrossPanelMatchInput!) {
    declineCrossPanelMatch(input: $input) {
      ...CrossPanelMatchFields
    }
  }
`);
