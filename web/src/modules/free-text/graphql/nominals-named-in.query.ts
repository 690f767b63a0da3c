import { graphql } from '../../../gql';

export const NominalsNamedInQuery = graphql(`
  query NominalsNamedIn($panelId: ID!, $text: String!) {
    nominalsNamedIn(panelId: $panelId, text: $text) {
      id
      reference
      displayName
    }
  }
`);
