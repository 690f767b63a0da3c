import { graphql } from '../../../gql';

export const DisruptionQuery = graphql(`
  query Disruption($id: ID!) {
    disruption(id: $id) {
      id
      ocgId
      version
      occurredOn
      strand
      tacticHeading
      description
      impact
      rationale
      gscMarking
      agency {
        id
        name
      }
      nominals {
        id
      }
      outcomes {
        arrests
        charges
        firearms
        rounds
        vehiclesSeized
        childrenSafeguarded
        adultsSafeguarded
        restraintOrders
        licencesReviewed
        licencesRevoked
        benefitActions
        taxActions
        premisesClosed
        custodialYears
        cashSeizedGbp
        drugsSeized {
          type
          kg
        }
      }
    }
  }
`);
