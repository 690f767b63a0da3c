import { graphql } from '../../../gql';

// Officers for LRO and SRO: any member of the panel, police or partner.
export const OfficerOptionsQuery = graphql(`
  query OfficerOptions($panelId: ID!) {
    members(panelId: $panelId, limit: 100, offset: 0) {
      totalCount
      nodes {
        id
        userId
        name
        agency {
          id
          name
        }
      }
    }
  }
`);
