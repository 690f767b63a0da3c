import { graphql } from '../../../gql';

export const OutcomeReportQuery = graphql(`
  query OutcomeReport($panelId: ID!, $from: String!, $to: String!) {
    outcomeReport(panelId: $panelId, from: $from, to: $to) {
      from
      to
      referralsReceived
      referralsAccepted
      operationsAdopted
      groupsMapped
      groupsDismantled
      nominalsIdentified
      vehiclesIdentified
      disruptions
      arrests
      charges
      custodialYears
      cashSeizedGbp
      drugsSeized { type kg }
      firearms
      rounds
      childrenSafeguarded
      adultsSafeguarded
      restraintOrders
      licencesReviewed
      licencesRevoked
      taxActions
      benefitActions
      premisesClosed
      vehiclesSeized
      scoreChanges { reference name before latest change }
      averageScoreChange
      agencies { agencyId agencyName tasksCompleted disruptions major moderate minor noImpact negative }
    }
  }
`);
