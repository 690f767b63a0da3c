import { graphql } from '../../../gql';

// The same shape for the query and the subscription, so an event can be written over the query's answer.
export const MeetingLiveFieldsFragment = graphql(`
  fragment MeetingLiveFields on MeetingLive {
    meetingId
    status
    kind
    itemId
    restrictedItemInProgress
    currentItemStartedAt
    currentItem {
      id
      ...AgendaItemFields
    }
  }
`);
