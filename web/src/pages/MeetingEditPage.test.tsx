import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { conflictReviewRow } from '../test/conflict-review';
import { renderRoute, viewerMock } from '../test/render';
import { AgendaQuery } from '../modules/agenda/graphql/agenda.query';
import { MeetingInviteQuery } from '../modules/meetings/graphql/meeting-invite.query';
import { MeetingQuery } from '../modules/meetings/graphql/meeting.query';
import { MoveMeetingMutation } from '../modules/meetings/graphql/move-meeting.mutation';

const TEAMS_URL = 'https://teams.microsoft.com/l/meetup-join/panel';

// 10:00 to 12:00 in London on a summer day.
const meeting = (version: number, place: { mode: 'TEAMS' | 'IN_PERSON'; teamsUrl: string | null; location: string | null }) => ({
  __typename: 'Meeting',
  id: 'meeting-1',
  title: 'Panel meeting, 11 May 2027',
  startsAt: '2027-05-11T09:00:00.000Z',
  endsAt: '2027-05-11T11:00:00.000Z',
  status: 'PLANNED',
  ...place,
  version,
  myReply: null,
  panelId: 'panel-1',
  seriesId: 'series-1',
  agendaPublishedAt: null,
  openedAt: null,
  closedAt: null,
  attendance: [],
});
const teams = { mode: 'TEAMS' as const, teamsUrl: TEAMS_URL, location: null };
const inPerson = { mode: 'IN_PERSON' as const, teamsUrl: null, location: 'Council offices' };
const read = (version: number, place: typeof teams | typeof inPerson): MockLink.MockedResponse => ({
  request: { query: MeetingQuery, variables: { id: 'meeting-1' } },
  result: { data: { meeting: meeting(version, place) } },
});
const move = (version: number) => ({
  query: MoveMeetingMutation,
  variables: {
    input: {
      id: 'meeting-1',
      version,
      startsAt: '2027-05-11T10:30:00+01:00',
      endsAt: '2027-05-11T12:30:00+01:00',
      mode: 'TEAMS',
      teamsUrl: TEAMS_URL,
      location: null,
    },
  },
});

// The meeting's page, where a saved move goes back to.
const meetingPage: MockLink.MockedResponse[] = [
  {
    request: { query: MeetingInviteQuery, variables: { meetingId: 'meeting-1' } },
    result: {
      data: { meetingInvite: { __typename: 'CalendarFile', filename: 'meeting.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR' } },
    },
  },
  {
    request: { query: AgendaQuery, variables: { meetingId: 'meeting-1' } },
    result: {
      data: {
        agenda: {
          __typename: 'Agenda',
          meetingId: 'meeting-1',
          meetingTitle: 'Panel meeting, 11 May 2027',
          meetingVersion: 3,
          panelId: 'panel-1',
          startsAt: '2027-05-11T09:30:00.000Z',
          status: 'PLANNED',
          slotMinutes: 120,
          totalMinutes: 0,
          overrunsBy: 0,
          items: [],
        },
      },
    },
  },
];

describe('a meeting moved by someone else while it was being edited', () => {
  it('keeps the new times typed beside the place they saved, and moves it again on the newer version without retyping', async () => {
    const user = userEvent.setup();
    const message =
      'This meeting was changed by someone else since you opened it: Location, How it is held, Teams meeting link changed. Check their changes beside yours, then save again.';
    const saved = jest.fn(() => ({ data: { moveMeeting: { ...meeting(3, teams), startsAt: '2027-05-11T09:30:00.000Z' } } }));
    const { router } = renderRoute('/meetings/meeting-1/edit', [
      viewerMock(),
      read(1, teams),
      { request: move(1), result: { errors: [{ message, extensions: { code: 'CONFLICT', changedFields: ['location', 'mode', 'teamsUrl'] } }] } },
      read(2, inPerson),
      { request: move(2), result: saved },
      ...meetingPage,
    ]);
    const start = await screen.findByLabelText('Start time', {}, { timeout: 5000 });
    await user.clear(start);
    await user.type(start, '10:30');
    await user.clear(screen.getByLabelText('End time'));
    await user.type(screen.getByLabelText('End time'), '12:30');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('How it is held');
    expect(await conflictReviewRow(/How it is held/)).toEqual(['Microsoft Teams', 'In person']);
    expect(await conflictReviewRow(/Location/)).toEqual(['Not given', 'Council offices']);
    expect(await conflictReviewRow(/Teams meeting link/)).toEqual([TEAMS_URL, 'Not given']);
    expect(screen.getByLabelText('Start time')).toHaveValue('10:30');
    expect(screen.getByLabelText('Microsoft Teams')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
    await waitFor(() => expect(router.state.location.pathname).toBe('/meetings/meeting-1'));
  }, 20_000);
});
