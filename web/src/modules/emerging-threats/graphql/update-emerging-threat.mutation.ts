import { graphql } from '../../../gql';

export const UpdateEmergingThreatMutation = graphql(`
  mutation UpdateEmergingThreat($input: UpdateEmergingThreatInput!) {
    updateEmergingThreat(input: $input) {
      id
      ...EmergingThreatFields
    }
  }
`);
