import { graphql } from '../../../gql';

// Every status, archived included: a picker must reach any group of the panel, not only the open ones.
export const GroupPickerSearchQuery = graphql(`
  query GroupPickerSearch($panelId: ID!, $search: String!, $limit: Int!) {
    ocgs(
      panelId: $panelId
      filter: { search: $search, statuses: [EMERGING, ACTIVE, DORMANT, DISMANTLED, ARCHIVED] }
      sort: REFERENCE
      limit: $limit
      offset: 0
    ) {
      totalCount
      nodes {
        id
        ...GroupOption
      }
    }
  }
`);
