import { screen, within } from '@testing-library/react';
import { renderRoute, viewerMock } from '../test/render';
import { AttendanceFiguresQuery } from '../modules/meetings/graphql/attendance-figures.query';

const meeting = {
  __typename: 'MeetingAttendanceFigures',
  meetingId: 'm-1',
  title: 'Panel meeting',
  startsAt: '2026-05-12T09:00:00.000Z',
  attendees: 12,
  agenciesRepresented: 9,
  presentInPerson: 8,
  presentRemote: 4,
  members: 31,
  agencies: 14,
  joined: 2,
  left: 1,
};

describe('the attendance figures', () => {
  it('shows each meeting’s attendance against the panel as it stood, with who joined and left', async () => {
    renderRoute('/meetings/attendance', [
      viewerMock({ role: 'CHAIR' }),
      {
        request: { query: AttendanceFiguresQuery, variables: { panelId: 'panel-1' } },
        result: { data: { attendanceFigures: { __typename: 'AttendanceFigures', byAgency: [], byMeeting: [meeting] } } },
      },
    ]);
    const table = await screen.findByRole('table', { name: 'Attendance by meeting' });
    const [header, row] = within(table).getAllByRole('row');
    expect(
      within(header)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Meeting',
      'Members present',
      'In person',
      'Remote',
      'Agencies represented',
      'Joined since the meeting before',
      'Left since the meeting before',
    ]);
    expect(
      within(row)
        .getAllByRole('cell')
        .slice(1)
        .map((c) => c.textContent),
    ).toEqual(['12 of 31', '8', '4', '9 of 14', '2', '1']);
  });
});
