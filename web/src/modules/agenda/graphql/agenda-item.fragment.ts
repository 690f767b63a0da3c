import { graphql } from '../../../gql';

export const AgendaItemFieldsFragment = graphql(`
  fragment AgendaItemFields on AgendaItem {
    id
    meetingId
    kind
    position
    title
    minutesAllocated
    predictedStart
    predictedEnd
    overruns
    presenterName
    presenterUserId
    presenterAgencyId
    restrictedToIds
    restrictedTo {
      id
      name
    }
    notes
    decisions
    startedAt
    endedAt
    version
    records {
      __typename
      kind
      recordId
      reference
      title
      status
      reason
      ... on AgendaTaskRecord {
        isOverdue
        dueOn
      }
      ... on AgendaOcgRecord {
        tier
        score
      }
    }
    tasks {
      id
      reference
      title
      status
      isOverdue
      agency {
        id
        name
      }
    }
  }
`);
