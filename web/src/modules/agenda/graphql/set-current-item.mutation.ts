import { graphql } from '../../../gql';

export const SetCurrentItemMutation = graphql(`
  mutation SetCurrentItem($meetingId: ID!, $itemId: ID!) {
    setCurrentItem(meetingId: $meetingId, itemId: $itemId) {
      ...MeetingLiveFields
    }
  }
`);
