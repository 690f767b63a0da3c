import { graphql } from '../../../gql';

export const HitCheckQuery = graphql(`
  query HitCheck($meetingId: ID!) {
    hitCheck(meetingId: $meetingId) {
      ...HitCheckFields
    }
  }
`);
