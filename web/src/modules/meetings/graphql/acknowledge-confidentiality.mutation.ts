import { graphql } from '../../../gql';

export const AcknowledgeConfidentialityMutation = graphql(`
  mutation AcknowledgeConfidentiality($meetingId: ID!) {
    acknowledgeConfidentiality(meetingId: $meetingId) {
      id
      ...MeetingDetails
    }
  }
`);
