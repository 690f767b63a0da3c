import { graphql } from '../../../gql';

export const MeetingsQuery = graphql(`
  query Meetings($panelId: ID!, $from: String, $to: String, $limit: Int!, $offset: Int!) {
    meetings(panelId: $panelId, from: $from, to: $to, limit: $limit, offset: $offset) {
      totalCount
      nodes {
        id
        ...MeetingRow
      }
    }
  }
`);
