import { graphql } from '../../../gql';

export const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      id
      ...AgendaItemFields
    }
  }
`);
