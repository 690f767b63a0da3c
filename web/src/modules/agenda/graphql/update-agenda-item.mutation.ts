import { graphql } from '../../../gql';

export const UpdateAgendaItemMutation = graphql(`
  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {
    updateAgendaItem(input: $input) {
      id
      ...AgendaItemFields
    }
  }
`);
