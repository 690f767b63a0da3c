import { graphql } from '../../../gql';

export const RecordItemMinutesMutation = graphql(`
  mutation RecordItemMinutes($input: RecordItemMinutesInput!) {
    recordItemMinutes(input: $input) {
      id
      ...AgendaItemFields
    }
  }
`);
