import { graphql } from '../../../gql';

export const SeriesInviteQuery = graphql(`
  query SeriesInvite($panelId: ID!) {
    seriesInvite(panelId: $panelId) {
      filename
      contentType
      content
    }
  }
`);
