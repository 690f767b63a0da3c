import { graphql } from '../../../gql';

export const RaiseTaskAtItemMutation = graphql(`
  mutation RaiseTaskAtItem($input: RaiseTaskAtItemInput!) {
    raiseTaskAtItem(input: $input) {
      id
      reference
      title
    }
  }
`);
