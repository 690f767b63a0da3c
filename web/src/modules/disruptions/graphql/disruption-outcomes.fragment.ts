import { graphql } from '../../../gql';

/** What a disruption achieved, as the ledger sums it and the correction form shows it. */
export const DisruptionOutcomesFragment = graphql(`
  fragment DisruptionOutcomesFields on DisruptionOutcomes {
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
`);
