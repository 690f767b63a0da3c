import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { conflictReviewRow } from '../test/conflict-review';
import { renderRoute, viewerMock } from '../test/render';
import { AgendaPackInfoQuery } from '../modules/agenda/graphql/agenda-pack-info.query';
import { MeetingQuery } from '../modules/meetings/graphql/meeting.query';
import { EditMinutesMutation } from '../modules/minutes/graphql/edit-minutes.mutation';
import { MeetingMinutesQuery } from '../modules/minutes/graphql/meeting-minutes.query';

const line = (userId: string, userName: string, agencyName: string, reply: string | null, presence: string | null) => ({
  __typename: 'MeetingAttendance',
  userId,
  userName,
  agencyId: `agency-${userId}`,
  agencyName,
  reply,
  repliedAt: null,
  substituteUserId: null,
  substituteName: null,
  presence,
  confidentialityAcknowledgedAt: null,
});
const meeting: MockLink.MockedResponse = {
  request: { query: MeetingQuery, variables: { id: 'meeting-1' } },
  result: {
    data: {
      meeting: {
        __typename: 'Meeting',
        id: 'meeting-1',
        title: 'Panel meeting, 8 December 2026',
        startsAt: '2026-12-08T10:00:00.000Z',
        endsAt: '2026-12-08T12:00:00.000Z',
        status: 'MINUTES_DRAFT',
        mode: 'TEAMS',
        teamsUrl: null,
        location: null,
        version: 5,
        myReply: null,
        panelId: 'panel-1',
        seriesId: null,
        agendaPublishedAt: '2026-11-24T09:00:00.000Z',
        openedAt: '2026-12-08T10:00:00.000Z',
        closedAt: '2026-12-08T12:00:00.000Z',
        attendance: [line('u-1', 'Asha Khan', 'HMRC', 'ATTENDING', 'IN_PERSON'), line('u-2', 'Ben Ode', 'Trading Standards', 'APOLOGIES', null)],
      },
    },
  },
};
const item = (itemId: string, position: number, title: string, notes: string | null, decisions: string | null) => ({
  __typename: 'MinutesItem',
  itemId,
  position,
  kind: 'OTHER',
  title,
  notes,
  decisions,
  restrictedTo: [],
  tasks: [],
  threatOutcomes: [],
});
const minutes = (version: number, threatNotes: string, partnerDecisions: string | null) => ({
  __typename: 'MeetingMinutes',
  id: 'minutes-1',
  meetingId: 'meeting-1',
  number: 1,
  status: 'DRAFT',
  version,
  correctionReason: null,
  createdAt: '2026-12-08T12:05:00.000Z',
  approvedAt: null,
  items: [item('item-1', 1, 'The threat picture', threatNotes, null), item('item-2', 2, 'Partner updates', null, partnerDecisions)],
  otherTasks: [],
  otherThreatOutcomes: [],
  attendance: { __typename: 'MinutesAttendance', present: [], apologies: [] },
});
const read = (version: number, threatNotes: string, partnerDecisions: string | null): MockLink.MockedResponse => ({
  request: { query: MeetingMinutesQuery, variables: { meetingId: 'meeting-1' } },
  result: { data: { meetingMinutes: [minutes(version, threatNotes, partnerDecisions)] } },
});
const packInfo: MockLink.MockedResponse = {
  request: { query: AgendaPackInfoQuery, variables: { meetingId: 'meeting-1' } },
  result: {
    data: {
      agendaPackInfo: {
        __typename: 'AgendaPackInfo',
        meetingId: 'meeting-1',
        htmlUrl: null,
        pdfUrl: null,
        minutesPdfUrl: null,
        minutesDocxUrl: null,
      },
    },
  },
  maxUsageCount: 3,
};
const edit = (version: number) => ({
  query: EditMinutesMutation,
  variables: {
    input: {
      minutesId: 'minutes-1',
      version,
      items: [{ itemId: 'item-1', notes: '<p>Drugs supply rising in Eastfield</p>', decisions: '' }],
      attendance: [{ userId: 'u-2', mark: 'REMOTE' }],
    },
  },
});

describe('minutes edited by someone else while the draft was open', () => {
  it('keeps each part typed, takes their newer text of the rest, lays a part both changed side by side, and saves again', async () => {
    const user = userEvent.setup();
    const message =
      'This version of the minutes was changed by someone else since you opened it: Notes and decisions changed. Check their changes beside yours, then save again.';
    const saved = jest.fn(() => ({ data: { editMinutes: minutes(3, '<p>Drugs supply rising in Eastfield</p>', '<p>HMRC to visit</p>') } }));
    renderRoute('/meetings/meeting-1/minutes', [
      viewerMock(),
      meeting,
      read(1, '<p>Drugs supply rising</p>', null),
      packInfo,
      { request: edit(1), result: { errors: [{ message, extensions: { code: 'CONFLICT', changedFields: ['items.item-1', 'items.item-2'] } }] } },
      read(2, '<p>Drugs supply rising; two new lines</p>', '<p>HMRC to visit</p>'),
      meeting,
      { request: edit(2), result: saved },
      read(3, '<p>Drugs supply rising in Eastfield</p>', '<p>HMRC to visit</p>'),
      meeting,
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit minutes' }, { timeout: 5000 }));
    const threat = () => within(screen.getByRole('group', { name: '1. The threat picture' }));
    const partner = () => within(screen.getByRole('group', { name: '2. Partner updates' }));
    await user.type(threat().getByLabelText('Notes'), ' in Eastfield');
    await user.click(within(screen.getByRole('group', { name: 'Attendance of Ben Ode' })).getByLabelText('Present remotely'));
    await user.click(screen.getByRole('button', { name: 'Save minutes' }));

    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('Notes and decisions changed');
    expect(await conflictReviewRow(/1\. The threat picture/)).toEqual([
      'Notes: Drugs supply rising in Eastfield',
      'Notes: Drugs supply rising; two new lines',
    ]);
    // Only the part both changed is laid side by side; their decision on the other item is in the form.
    expect(within(screen.getByTestId('conflict-review')).getAllByRole('row')).toHaveLength(2);
    expect(threat().getByLabelText('Notes')).toHaveValue('Drugs supply rising in Eastfield');
    expect(partner().getByLabelText('Decisions')).toHaveValue('HMRC to visit');
    expect(within(screen.getByRole('group', { name: 'Attendance of Ben Ode' })).getByLabelText('Present remotely')).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Save minutes' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByText('Minutes saved.')).toBeInTheDocument();
  }, 20_000);
});
