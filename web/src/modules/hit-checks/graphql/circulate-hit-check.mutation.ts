import { graphql } from '../../../gql';

export const CirculateHitCheckMutation = graphql(`
  mutation CirculateHitCheck($meetingId: ID!) {
    circulateHitCheck(meetingId: $meetingId) {
      ...HitCheckFields
    }
  }
`);
