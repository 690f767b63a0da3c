import { graphql } from '../../../gql';

export const NominalDetailsFragment = graphql(`
  fragment NominalDetails on Nominal {
    id
    panelId
    reference
    displayName
    personalDataWithheld
    withheldReason
    surname
    forenames
    aliases
    dateOfBirth
    isVulnerable
    isChild
    riskToOfficers
    nextReviewOn
    archivedAt
    gscMarking
    version
    ocgs {
      role
      ocg {
        id
        reference
        name
        status
      }
    }
    vehicles {
      id
      registration
      make
      model
      colour
    }
    places {
      id
      label
      personalDataWithheld
      kind
      area
      highHarm
      chbPhase
    }
  }
`);
