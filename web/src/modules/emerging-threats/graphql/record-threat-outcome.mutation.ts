import { graphql } from '../../../gql';

export const RecordThreatOutcomeMutation = graphql(`
  mutation RecordThreatOutcome($meetingId: ID!, $threatId: ID!, $outcome: EmergingThreatOutcome!, $note: String) {
    recordThreatOutcome(meetingId: $meetingId, threatId: $threatId, outcome: $outcome, note: $note) {
      id
      ...EmergingThreatFields
    }
  }
`);
