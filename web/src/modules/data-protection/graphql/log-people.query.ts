import { graphql } from '../../../gql';

/** The panel's people and agencies, for the log's filters (members who have left included: the log still names them). */
export const LogPeopleQuery = graphql(`
  query LogPeople($panelId: ID!) {
    members(panelId: $panelId, includeDisabled: true, limit: 100, offset: 0) {
      totalCount
      nodes {
        id
        userId
        name
      }
    }
    agencies(panelId: $panelId, limit: 100, offset: 0) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);
