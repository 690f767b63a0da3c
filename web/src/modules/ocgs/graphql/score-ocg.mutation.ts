import { graphql } from '../../../gql';

export const ScoreOcgMutation = graphql(`
  mutation ScoreOcg($input: ScoreOcgInput!) {
    scoreOcg(input: $input) {
      id
      ...OcgDetails
      ...OcgScoreHistory
    }
  }
`);
