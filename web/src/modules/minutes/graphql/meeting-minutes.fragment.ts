import { graphql } from '../../../gql';

export const MeetingMinutesFieldsFragment = graphql(`
  fragment MeetingMinutesFields on MeetingMinutes {
    id
    meetingId
    number
    status
    version
    correctionReason
    createdAt
    approvedAt
    items {
      itemId
      position
      kind
      title
      notes
      decisions
      restrictedTo
      tasks {
        taskId
        reference
        title
        agencyName
      }
      threatOutcomes {
        emergingThreatId
        title
        outcome
        note
      }
    }
    otherTasks {
      taskId
      reference
      title
      agencyName
    }
    otherThreatOutcomes {
      emergingThreatId
      title
      outcome
      note
    }
    attendance {
      present {
        name
        agencyName
        presence
      }
      apologies {
        name
        agencyName
        substituteName
      }
    }
  }
`);
