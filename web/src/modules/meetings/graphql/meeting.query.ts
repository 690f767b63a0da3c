import { graphql } from '../../../gql';

export const MeetingQuery = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      id
      ...MeetingDetails
    }
  }
`);
