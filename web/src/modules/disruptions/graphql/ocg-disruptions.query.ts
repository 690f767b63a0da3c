import { graphql } from '../../../gql';

export const OcgDisruptionsQuery = graphql(`
  query OcgDisruptions($id: ID!) {
    ocg(id: $id) {
      id
      disruptions(limit: 50) {
        id
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
  }
`);
