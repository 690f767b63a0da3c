import { graphql } from '../../../gql';

export const TaskDetailsFragment = graphql(`
  fragment TaskDetails on Task {
    id
    panelId
    reference
    title
    description
    status
    dueOn
    isOverdue
    priority
    strand
    gscMarking
    agencyId
    ownerUserId
    ownerName
    blockedReason
    notDoneCause
    closingNote
    closedAt
    disruptionId
    version
    updatedAt
    agency {
      id
      name
    }
    ocg {
      id
      reference
      name
    }
    nominal {
      id
      reference
      displayName
      personalDataWithheld
    }
  }
`);
