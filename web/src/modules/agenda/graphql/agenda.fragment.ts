import { graphql } from '../../../gql';

export const AgendaFieldsFragment = graphql(`
  fragment AgendaFields on Agenda {
    meetingId
    meetingTitle
    meetingVersion
    panelId
    startsAt
    status
    slotMinutes
    totalMinutes
    overrunsBy
    items {
      id
      ...AgendaItemFields
    }
  }
`);
