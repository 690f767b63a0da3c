import { graphql } from '../../../gql';

export const RemoveAgendaItemMutation = graphql(`
  mutation RemoveAgendaItem($id: ID!, $version: Int!) {
    removeAgendaItem(id: $id, version: $version) {
      ...AgendaFields
    }
  }
`);
