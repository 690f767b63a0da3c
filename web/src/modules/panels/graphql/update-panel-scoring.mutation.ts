import { graphql } from '../../../gql';

export const UpdatePanelScoringMutation = graphql(`
  mutation UpdatePanelScoring($input: UpdatePanelScoringInput!) {
    updatePanelScoring(input: $input) {
      retieredGroupCount
      panel {
        id
        ...PanelScoring
      }
    }
  }
`);
