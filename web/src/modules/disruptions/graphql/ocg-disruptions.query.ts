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
          ...DisruptionOutcomesFields
        }
      }
    }
  }
`);
