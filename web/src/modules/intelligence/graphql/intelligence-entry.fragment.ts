import { graphql } from '../../../gql';

export const IntelligenceEntryFragment = graphql(`
  fragment IntelligenceEntryItem on IntelligenceEntry {
    id
    recordedOn
    text
    sourceGrade
    intelligenceGrade
    handling
    handlingConditions
    gscMarking
    submittingAgency {
      id
      name
    }
    recipients {
      id
      name
    }
  }
`);
