import { graphql } from '../../../gql';

export const EmergingThreatQuery = graphql(`
  query EmergingThreat($id: ID!) {
    emergingThreat(id: $id) {
      id
      ...EmergingThreatFields
    }
  }
`);
