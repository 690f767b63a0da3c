import { graphql } from '../../../gql';

// One group by id: the label of a value set before the picker was shown (an edit, an address, a default).
export const GroupPickerChoiceQuery = graphql(`
  query GroupPickerChoice($id: ID!) {
    ocg(id: $id) {
      id
      panelId
      ...GroupOption
    }
  }
`);
