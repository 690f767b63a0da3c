import { graphql } from '../../../gql';

export const PanelOverviewQuery = graphql(`
  query PanelOverview($panelId: ID!) {
    agencies(panelId: $panelId, limit: 1) {
      totalCount
    }
    members(panelId: $panelId, limit: 1) {
      totalCount
    }
  }
`);
