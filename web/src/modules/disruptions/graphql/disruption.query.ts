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
        ...DisruptionOutcomesFields
      }
    }
  }
`);
