import { graphql } from '../../../gql';

// Members of one agency, by user id: who a task may name as its owner.
export const TaskOwnerOptionsQuery = graphql(`
  query TaskOwnerOptions($panelId: ID!, $agencyId: ID!) {
    members(panelId: $panelId, agencyId: $agencyId, includeDisabled: false, limit: 100, offset: 0) {
      totalCount
      nodes {
        id
        userId
        name
      }
    }
  }
`);
