import { graphql } from '../../../gql';

// The API has no text filter on emerging threats: the newest are fetched and matched in the browser.
export const AgendaThreatCandidatesQuery = graphql(`
  query AgendaThreatCandidates($panelId: ID!, $limit: Int!) {
    emergingThreats(panelId: $panelId, limit: $limit, offset: 0) {
      totalCount
      nodes {
        id
        title
      }
    }
  }
`);
