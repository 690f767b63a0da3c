import { graphql } from '../../../gql';

export const TaskBoardQuery = graphql(`
  query TaskBoard($panelId: ID!) {
    taskBoard(panelId: $panelId) {
      byAgency {
        agency {
          id
          name
        }
        open
        overdue
        blocked
        completed
        notDone
        completionRate
      }
      byStatus {
        status
        count
      }
      byOcg {
        ocgId
        reference
        name
        open
        overdue
      }
    }
  }
`);
