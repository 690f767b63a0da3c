import { graphql } from '../../../gql';

export const EmergingThreatFieldsFragment = graphql(`
  fragment EmergingThreatFields on EmergingThreat {
    id
    panelId
    title
    description
    crimeType
    area
    status
    raisedByUserId
    raisedByName
    raisedByAgencyName
    createdAt
    version
    outcomes {
      outcome
      note
      recordedAt
      meeting {
        id
        title
        startsAt
      }
    }
  }
`);
