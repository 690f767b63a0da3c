import { graphql } from '../../../gql';

export const ThreatPictureQuery = graphql(`
  query ThreatPicture($panelId: ID!, $filter: ThreatPictureFilter) {
    threatPicture(panelId: $panelId, filter: $filter) {
      from
      to
      activeCount
      baselineAt
      activeByTier { key label count }
      activeByCrimeType { key label count }
      topGroups { reference name tier score }
      risingCount
      risingGroups { reference name tier previous current }
      groupChanges { month created dismantled archived }
      emergingThreatCount
      emergingThreatOutcomes { key label count }
      emergingThreats { id title raisedOn outcome }
      disruptionsByStrand { month key label count }
      disruptionsByImpact { month key label count }
      disruptionsByAgency { month key label count }
      taskRates { agencyId agencyName completed closed open overdue completionRate overdueRate }
    }
  }
`);
