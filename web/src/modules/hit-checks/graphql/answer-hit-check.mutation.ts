import { graphql } from '../../../gql';

export const AnswerHitCheckMutation = graphql(`
  mutation AnswerHitCheck($input: AnswerHitCheckInput!) {
    answerHitCheck(input: $input) {
      ...HitCheckFields
    }
  }
`);
