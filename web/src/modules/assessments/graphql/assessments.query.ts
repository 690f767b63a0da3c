import { graphql } from '../../../gql';

export const AssessmentsQuery = graphql(`
  query Assessments($panelId: ID!) { assessments(panelId: $panelId) {
      ...AssessmentFields
    }
  }
`);
