import { graphql } from '../../../gql';

export const OcgLinksFragment = graphql(`
  fragment OcgLinks on Ocg {
    id
    nominals {
      role
      nominal {
        id
        reference
        displayName
        personalDataWithheld
        withheldReason
        riskToOfficers
        isChild
        isVulnerable
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
