import { graphql } from '../../../gql';

export const AddAgendaRecordMutation = graphql(`
  mutation AddAgendaRecord($input: AgendaRecordInput!) {
    addAgendaRecord(input: $input) {
      id
      ...AgendaItemFields
    }
  }
`);
