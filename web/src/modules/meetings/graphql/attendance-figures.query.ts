import { graphql } from '../../../gql';

export const AttendanceFiguresQuery = graphql(`
  query AttendanceFigures($panelId: ID!) {
    attendanceFigures(panelId: $panelId) {
      byAgency {
        agencyId
        agencyName
        meetingsHeld
        meetingsRepresented
        membersInvited
        presentInPerson
        presentRemote
        apologies
        absent
        attendanceRate
      }
      byMeeting {
        meetingId
        title
        startsAt
        attendees
        agenciesRepresented
        presentInPerson
        presentRemote
        members
        agencies
        joined
        left
      }
    }
  }
`);
