import { graphql } from '../../../gql';

export const RaiseEmergingThreatMutation = graphql(`
  mutation RaiseEmergingThreat($input: RaiseEmergingThreatInput!) {
    raiseEmergingThreat(input: $input) {
      id
      ...EmergingThreatFields
    }
  }
`);
