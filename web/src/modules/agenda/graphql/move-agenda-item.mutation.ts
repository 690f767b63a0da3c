import { graphql } from '../../../gql';

export const MoveAgendaItemMutation = graphql(`
  mutation MoveAgendaItem($id: ID!, $toPosition: Int!) {
    moveAgendaItem(id: $id, toPosition: $toPosition) {
      ...AgendaFields
    }
  }
`);
