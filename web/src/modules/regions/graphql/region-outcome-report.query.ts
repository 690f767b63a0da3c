import { graphql } from '../../../gql';

export const RegionOutcomeFiguresFragment = graphql(`
  fragment RegionOutcomeFigures on RegionOutcomeFigures {
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
    drugsSeized {
      type
      kg
    }
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
    averageScoreChange
    groupsCompared
  }
`);

export const RegionOutcomeReportQuery = graphql(`
  query RegionOutcomeReport($regionId: ID!, $from: String!, $to: String!) {
    regionOutcomeReport(regionId: $regionId, from: $from, to: $to) {
      regionId
      from
      to
      total {
        ...RegionOutcomeFigures
      }
      panels {
        panelId
        panelName
        figures {
          ...RegionOutcomeFigures
        }
      }
    }
  }
`);
