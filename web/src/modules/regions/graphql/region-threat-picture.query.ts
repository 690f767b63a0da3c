import { graphql } from '../../../gql';

export const RegionThreatFiguresFragment = graphql(`
  fragment RegionThreatFigures on RegionThreatFigures {
    activeGroups
    risingGroups
    groupsCreated
    groupsDismantled
    groupsArchived
    emergingThreats
    disruptions
    tasksCompleted
    tasksClosed
    tasksOpen
    tasksOverdue
    completionRate
    overdueRate
    activeByCrimeType {
      key
      label
      count
    }
    disruptionsByStrand {
      key
      label
      count
    }
    disruptionsByImpact {
      key
      label
      count
    }
  }
`);

export const RegionThreatPictureQuery = graphql(`
  query RegionThreatPicture($regionId: ID!, $from: String!, $to: String!) {
    regionThreatPicture(regionId: $regionId, from: $from, to: $to) {
      regionId
      total {
        ...RegionThreatFigures
      }
      panels {
        panelId
        panelName
        figures {
          ...RegionThreatFigures
        }
      }
    }
  }
`);
