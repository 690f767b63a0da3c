import { graphql } from '../../../gql';

export const DataProtectionNominalsQuery = graphql(`
  query DataProtectionNominals($panelId: ID!, $search: String!) {
    dataProtectionNominals(panelId: $panelId, search: $search, limit: 25, offset: 0) {
      totalCount
      nodes {
        id
        reference
        displayName
        dateOfBirth
      }
    }
  }
`);
