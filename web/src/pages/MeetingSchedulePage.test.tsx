import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { conflictReviewRow } from '../test/conflict-review';
import { renderRoute, viewerMock } from '../test/render';
import { MeetingSeriesQuery } from '../modules/meetings/graphql/meeting-series.query';
import { MeetingsQuery } from '../modules/meetings/graphql/meetings.query';
import { SetMeetingSeriesMutation } from '../modules/meetings/graphql/set-meeting-series.mutation';

const TEAMS_URL = 'https://teams.microsoft.com/l/meetup-join/panel';
const RULE = 'FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU';

const series = (version: number, startTime: string, location: string, durationMinutes = 120) => ({
  __typename: 'MeetingSeries',
  id: 'series-1',
  rule: RULE,
  startsOn: '2027-01-01',
  startTime,
  durationMinutes,
  firstMode: 'TEAMS',
  teamsUrl: TEAMS_URL,
  location,
  version,
});
const read = (version: number, startTime: string, location: string): MockLink.MockedResponse => ({
  request: { query: MeetingSeriesQuery, variables: { panelId: 'panel-1' } },
  result: { data: { meetingSeries: series(version, startTime, location) } },
});
// The meetings listed under the form are read from now, whenever the test runs.
const meetings: MockLink.MockedResponse = {
  request: { query: MeetingsQuery, variables: () => true },
  result: { data: { meetings: { __typename: 'MeetingPage', totalCount: 0, nodes: [] } } },
  maxUsageCount: 5,
};
const save = (version: number) => ({
  query: SetMeetingSeriesMutation,
  variables: {
    input: {
      panelId: 'panel-1',
      rule: RULE,
      startsOn: '2027-01-01',
      startTime: '10:00',
      durationMinutes: 90,
      firstMode: 'TEAMS',
      teamsUrl: TEAMS_URL,
      location: 'Force headquarters',
      version,
    },
  },
});

describe('the schedule changed by someone else while it was being edited', () => {
  it('keeps the length typed beside the time and place they saved, and saves it again on the newer version', async () => {
    const user = userEvent.setup();
    const message =
      'The meeting series was changed by someone else since you opened it: Location, Start time changed. Check their changes beside yours, then save again.';
    const saved = jest.fn(() => ({ data: { setMeetingSeries: series(3, '10:00', 'Force headquarters', 90) } }));
    renderRoute('/meetings/schedule', [
      viewerMock(),
      read(1, '10:00', 'Force headquarters'),
      meetings,
      { request: save(1), result: { errors: [{ message, extensions: { code: 'CONFLICT', changedFields: ['location', 'startTime'] } }] } },
      read(2, '13:30', 'Council offices'),
      { request: save(2), result: saved },
      read(3, '10:00', 'Force headquarters'),
    ]);
    const length = await screen.findByLabelText('Length in minutes', {}, { timeout: 5000 });
    await user.clear(length);
    await user.type(length, '90');
    await user.click(screen.getByRole('button', { name: 'Save schedule' }));

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Location, Start time changed');
    expect(await conflictReviewRow(/Start time/)).toEqual(['10:00', '13:30']);
    expect(await conflictReviewRow(/Location/)).toEqual(['Force headquarters', 'Council offices']);
    // What was typed is still in the form, the time and place included: saving again puts them back.
    expect(screen.getByLabelText('Length in minutes')).toHaveValue('90');
    expect(screen.getByLabelText('Start time')).toHaveValue('10:00');
    await user.click(screen.getByRole('button', { name: 'Save schedule' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('Schedule saved')).toBeInTheDocument();
    expect(screen.queryByTestId('conflict-review')).not.toBeInTheDocument();
  }, 20_000);
});
