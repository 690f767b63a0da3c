import { graphql } from '../../../gql';

export const OcgPlanQuery = graphql(`
  query OcgPlan($id: ID!) {
    ocg(id: $id) {
      id
      plan {
        ocgId
        coveredHeadings
        objectives {
          id
          strand
          objective
          tacticHeadings
          version
          ownerAgency {
            id
            name
          }
        }
        gaps {
          heading
          agencies {
            id
            name
          }
        }
      }
    }
  }
`);
