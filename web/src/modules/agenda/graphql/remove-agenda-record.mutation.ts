import { graphql } from '../../../gql';

export const RemoveAgendaRecordMutation = graphql(`
  mutation RemoveAgendaRecord($input: AgendaRecordInput!) {
    removeAgendaRecord(input: $input) {
      id
      ...AgendaItemFields
    }
  }
`);
