import { graphql } from '../../../gql';

export const SubjectIntelligenceQuery = graphql(`
  query SubjectIntelligence($panelId: ID!, $subjectKind: RecordKind!, $subjectId: ID!) {
    intelligence(panelId: $panelId, subjectKind: $subjectKind, subjectId: $subjectId, limit: 50, offset: 0) {
      totalCount
      nodes {
        id
        ...IntelligenceEntryItem
      }
    }
  }
`);
