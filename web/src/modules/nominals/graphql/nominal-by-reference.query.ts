import { graphql } from '../../../gql';

export const NominalByReferenceQuery = graphql(`
  query NominalByReference($panelId: ID!, $reference: String!) {
    nominals(panelId: $panelId, filter: { reference: $reference }, limit: 1, offset: 0) {
      totalCount
      nodes {
        id
        reference
        displayName
      }
    }
  }
`);
