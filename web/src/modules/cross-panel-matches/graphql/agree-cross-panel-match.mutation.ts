import { graphql } from '../../../gql';

export const AgreeCrossPanelMatchMutation = graphql(`
  mutation AgreeCrossPanelMatch($input: ResolveCrossPanelMatchInput!) {
    agreeCrossPanelMatch(input: $input) {
      ...CrossPanelMatchFields
    }
  }
`);
