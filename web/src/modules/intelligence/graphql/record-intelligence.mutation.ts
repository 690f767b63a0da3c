import { graphql } from '../../../gql';

export const RecordIntelligenceMutation = graphql(`
  mutation RecordIntelligence($input: RecordIntelligenceInput!) {
    recordIntelligence(input: $input) {
      id
      ...IntelligenceEntryItem
    }
  }
`);
