import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter } from 'react-router';
import type { PanelRole } from '@sentinel/shared';
import { renderRoute, viewerMock } from '../../../test/render';
import { createCache } from '../../app/apollo-client';
import { MeetingInviteQuery } from '../../meetings/graphql/meeting-invite.query';
import { MeetingQuery } from '../../meetings/graphql/meeting.query';
import { AddAgendaRecordMutation } from '../graphql/add-agenda-record.mutation';
import { AgendaOcgCandidatesQuery } from '../graphql/agenda-ocg-candidates.query';
import { AgendaReferralCandidatesQuery } from '../graphql/agenda-referral-candidates.query';
import { AgendaTaskCandidatesQuery } from '../graphql/agenda-task-candidates.query';
import { AgendaThreatCandidatesQuery } from '../graphql/agenda-threat-candidates.query';
import { AgendaQuery } from '../graphql/agenda.query';
import { RemoveAgendaRecordMutation } from '../graphql/remove-agenda-record.mutation';
import { AgendaSection } from './AgendaSection';

const START = '2026-12-08T10:00:00.000Z';
const END = '2026-12-08T10:15:00.000Z';

const larch = {
  __typename: 'AgendaOcgRecord',
  kind: 'OCG',
  recordId: 'ocg-3',
  reference: 'OCG-0003',
  title: 'Operation Larch',
  status: 'ACTIVE',
  reason: null,
  tier: '1',
  score: 84,
};
const rowan = { ...larch, recordId: 'ocg-4', reference: 'OCG-0004', title: 'Operation Rowan', reason: 'NEW_OCG' };

function item(records: unknown[]) {
  return {
    __typename: 'AgendaItem',
    id: 'item-1',
    meetingId: 'meeting-1',
    kind: 'OCG_REVIEW',
    position: 1,
    title: 'Groups for review',
    minutesAllocated: 15,
    predictedStart: START,
    predictedEnd: END,
    overruns: false,
    presenterName: null,
    presenterUserId: null,
    presenterAgencyId: null,
    restrictedToIds: [],
    restrictedTo: [],
    notes: null,
    decisions: null,
    startedAt: null,
    endedAt: null,
    version: 1,
    records,
    tasks: [],
  };
}

function agendaMock(records: unknown[], status = 'PLANNED'): MockLink.MockedResponse {
  const agenda = {
    __typename: 'Agenda',
    meetingId: 'meeting-1',
    meetingTitle: 'Panel meeting, 8 December 2026',
    meetingVersion: 3,
    panelId: 'panel-1',
    startsAt: START,
    status,
    slotMinutes: 120,
    totalMinutes: 15,
    overrunsBy: 0,
    items: [item(records)],
  };
  return { request: { query: AgendaQuery, variables: { meetingId: 'meeting-1' } }, result: { data: { agenda } } };
}

const input = (recordKind: string, recordId: string) => ({ input: { itemId: 'item-1', recordKind, recordId } });

function renderAgenda(mocks: MockLink.MockedResponse[], canManage = true) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter>
        <AgendaSection meetingId="meeting-1" panelId="panel-1" canManage={canManage} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

async function findRecords(user: ReturnType<typeof userEvent.setup>, kind: string, text: string) {
  await user.click(await screen.findByRole('button', { name: 'Add a record to Groups for review' }));
  await user.click(screen.getByRole('radio', { name: kind }));
  await user.type(screen.getByRole('searchbox', { name: 'Reference or name' }), text);
  await user.click(screen.getByRole('button', { name: 'Find records' }));
}

async function findGroups(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(await screen.findByRole('button', { name: 'Add a record to Groups for review' }));
  const form = screen.getByRole('search', { name: 'Add a record to “Groups for review”' });
  expect(screen.getByRole('heading', { level: 4, name: 'Add a record to “Groups for review”' })).toHaveFocus();
  await user.click(within(form).getByRole('radio', { name: 'Group (OCG)' }));
  await user.type(within(form).getByRole('searchbox', { name: 'Reference or name' }), text);
  await user.click(within(form).getByRole('button', { name: 'Find records' }));
}

describe('putting records under an agenda item by hand', () => {
  it('finds a group by name and adds it to the item with the right input', async () => {
    const user = userEvent.setup();
    let added: unknown = null;
    renderAgenda([
      agendaMock([rowan]),
      {
        request: { query: AgendaOcgCandidatesQuery, variables: { panelId: 'panel-1', search: 'larch', limit: 10 } },
        result: {
          data: {
            ocgs: {
              __typename: 'OcgPage',
              totalCount: 2,
              nodes: [
                { __typename: 'Ocg', id: 'ocg-3', reference: 'OCG-0003', name: 'Operation Larch' },
                { __typename: 'Ocg', id: 'ocg-4', reference: 'OCG-0004', name: 'Operation Rowan' },
              ],
            },
          },
        },
      },
      {
        request: { query: AddAgendaRecordMutation, variables: input('OCG', 'ocg-3') },
        result: () => {
          added = input('OCG', 'ocg-3');
          return { data: { addAgendaRecord: item([rowan, larch]) } };
        },
      },
    ]);
    await findGroups(user, 'larch');
    expect(await screen.findByText('2 matches for “larch”.')).toBeInTheDocument();
    // A group already under the item is not offered again.
    const matches = screen.getByRole('list', { name: 'Matches for “larch”' });
    expect(within(matches).getByText('Already on this item')).toBeInTheDocument();
    expect(within(matches).queryByRole('button', { name: 'Add OCG-0004 Operation Rowan to this item' })).not.toBeInTheDocument();

    await user.click(within(matches).getByRole('button', { name: 'Add OCG-0003 Operation Larch to this item' }));
    expect(await screen.findByRole('link', { name: 'OCG-0003 Operation Larch' })).toHaveAttribute('href', '/ocgs/ocg-3');
    expect(added).toEqual(input('OCG', 'ocg-3'));
    expect(screen.getByText('OCG-0003 Operation Larch added to “Groups for review”.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('searchbox', { name: 'Reference or name' })).toHaveFocus());
    expect(within(matches).queryByRole('button', { name: /^Add / })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove OCG-0003 Operation Larch from this item' })).toBeInTheDocument();
  });

  it('asks the API for referrals by words from the summary, and offers what it finds', async () => {
    const user = userEvent.setup();
    renderAgenda([
      agendaMock([]),
      {
        request: { query: AgendaReferralCandidatesQuery, variables: { panelId: 'panel-1', search: 'elm flat', limit: 10 } },
        result: {
          data: {
            referrals: {
              __typename: 'ReferralPage',
              totalCount: 1,
              nodes: [{ __typename: 'Referral', id: 'ref-1', reference: 'R-0001', summary: 'Cuckooing at a flat on Elm Street' }],
            },
          },
        },
      },
    ]);
    await findRecords(user, 'Referral', 'elm flat');
    expect(await screen.findByText('1 match for “elm flat”.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add R-0001 Cuckooing at a flat on Elm Street to this item' })).toBeInTheDocument();
  });

  it('asks the API for open tasks, and says when more match than are shown', async () => {
    const user = userEvent.setup();
    const nodes = Array.from({ length: 10 }, (_, i) => ({
      __typename: 'Task',
      id: `task-${i + 1}`,
      reference: `A-00${10 + i}`,
      title: `Check the car wash ${i + 1}`,
    }));
    renderAgenda([
      agendaMock([]),
      {
        request: {
          query: AgendaTaskCandidatesQuery,
          variables: { panelId: 'panel-1', statuses: ['OPEN', 'IN_PROGRESS', 'BLOCKED'], search: 'car wash', limit: 10 },
        },
        result: { data: { tasks: { __typename: 'TaskPage', totalCount: 12, nodes } } },
      },
    ]);
    await findRecords(user, 'Task', 'car wash');
    expect(await screen.findByText('12 matches for “car wash”. Showing the first 10: add words to narrow the search.')).toBeInTheDocument();
    const matches = screen.getByRole('list', { name: 'Matches for “car wash”' });
    expect(within(matches).getAllByRole('button', { name: /^Add A-00\d\d Check the car wash \d+ to this item$/ })).toHaveLength(10);
  });

  it('asks the API for emerging threats by words from the title, and says when none match', async () => {
    const user = userEvent.setup();
    renderAgenda([
      agendaMock([]),
      {
        request: { query: AgendaThreatCandidatesQuery, variables: { panelId: 'panel-1', search: 'nail bars', limit: 10 } },
        result: { data: { emergingThreats: { __typename: 'EmergingThreatPage', totalCount: 0, nodes: [] } } },
      },
    ]);
    await findRecords(user, 'Emerging threat', 'nail bars');
    expect(await screen.findByText('No emerging threats match “nail bars”.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Matches for “nail bars”' })).not.toBeInTheDocument();
  });

  it('asks for the kind and the text before searching, in an error summary linked to the fields', async () => {
    const user = userEvent.setup();
    renderAgenda([agendaMock([])]);
    await user.click(await screen.findByRole('button', { name: 'Add a record to Groups for review' }));
    await user.click(screen.getByRole('button', { name: 'Find records' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select the kind of record to add' })).toHaveAttribute('href', '#record-item-1-recordKind');
    expect(within(summary).getByRole('link', { name: 'Enter a reference or words from the name or title' })).toHaveAttribute(
      'href',
      '#record-item-1-text',
    );
    expect(screen.getByRole('searchbox', { name: 'Reference or name' })).toHaveAccessibleDescription(/Error: Enter a reference/);

    // Done closes the form and puts focus back on the button that opened it; opening it again starts afresh.
    await user.click(screen.getByRole('button', { name: 'Done adding records' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a record to Groups for review' })).toHaveFocus());
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 4, name: 'Add a record to “Groups for review”' })).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the API’s refusal of an add in the error summary', async () => {
    const user = userEvent.setup();
    renderAgenda([
      agendaMock([]),
      {
        request: { query: AgendaOcgCandidatesQuery, variables: { panelId: 'panel-1', search: 'larch', limit: 10 } },
        result: {
          data: {
            ocgs: {
              __typename: 'OcgPage',
              totalCount: 1,
              nodes: [{ __typename: 'Ocg', id: 'ocg-3', reference: 'OCG-0003', name: 'Operation Larch' }],
            },
          },
        },
      },
      {
        request: { query: AddAgendaRecordMutation, variables: input('OCG', 'ocg-3') },
        result: { errors: [{ message: 'Choose a record of this panel', extensions: { code: 'BAD_USER_INPUT', field: 'recordId' } }] },
      },
    ]);
    await findGroups(user, 'larch');
    await user.click(await screen.findByRole('button', { name: 'Add OCG-0003 Operation Larch to this item' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(summary).toHaveTextContent('Choose a record of this panel');
    await waitFor(() => expect(summary.closest('.govuk-error-summary')).toHaveFocus());
    expect(screen.queryByRole('link', { name: 'OCG-0003 Operation Larch' })).not.toBeInTheDocument();
  });

  it('removes a record from the item and moves focus to the next one', async () => {
    const user = userEvent.setup();
    let removed: unknown = null;
    renderAgenda([
      agendaMock([larch, rowan]),
      {
        request: { query: RemoveAgendaRecordMutation, variables: input('OCG', 'ocg-3') },
        result: () => {
          removed = input('OCG', 'ocg-3');
          return { data: { removeAgendaRecord: item([rowan]) } };
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Remove OCG-0003 Operation Larch from this item' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'OCG-0003 Operation Larch' })).not.toBeInTheDocument());
    expect(removed).toEqual(input('OCG', 'ocg-3'));
    expect(screen.getByRole('link', { name: 'OCG-0004 Operation Rowan' })).toBeInTheDocument();
    expect(screen.getByText('OCG-0003 Operation Larch removed from “Groups for review”.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove OCG-0004 Operation Rowan from this item' })).toHaveFocus());
  });

  it('shows the API’s refusal of a removal in an error summary and keeps the record', async () => {
    const user = userEvent.setup();
    renderAgenda([
      agendaMock([larch]),
      {
        request: { query: RemoveAgendaRecordMutation, variables: input('OCG', 'ocg-3') },
        result: { errors: [{ message: 'The agenda cannot be changed once the meeting has started', extensions: { code: 'CONFLICT' } }] },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Remove OCG-0003 Operation Larch from this item' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The agenda cannot be changed once the meeting has started');
    expect(screen.getByRole('link', { name: 'OCG-0003 Operation Larch' })).toBeInTheDocument();
  });

  it('offers no record controls once the meeting has started', async () => {
    renderAgenda([agendaMock([larch], 'IN_PROGRESS')]);
    expect(await screen.findByRole('link', { name: 'OCG-0003 Operation Larch' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Add a record/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove OCG/ })).not.toBeInTheDocument();
  });
});

describe('record controls on the meeting page', () => {
  const meetingMock: MockLink.MockedResponse = {
    request: { query: MeetingQuery, variables: { id: 'meeting-1' } },
    result: {
      data: {
        meeting: {
          __typename: 'Meeting',
          id: 'meeting-1',
          title: 'Panel meeting, 8 December 2026',
          startsAt: START,
          endsAt: '2026-12-08T12:00:00.000Z',
          status: 'AGENDA_PUBLISHED',
          mode: 'TEAMS',
          teamsUrl: null,
          location: null,
          version: 3,
          myReply: null,
          panelId: 'panel-1',
          seriesId: null,
          agendaPublishedAt: '2026-11-24T09:00:00.000Z',
          openedAt: null,
          closedAt: null,
          attendance: [],
        },
      },
    },
  };

  const inviteMock: MockLink.MockedResponse = {
    request: { query: MeetingInviteQuery, variables: { meetingId: 'meeting-1' } },
    result: {
      data: { meetingInvite: { __typename: 'CalendarFile', filename: 'meeting.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR' } },
    },
  };

  const renderAs = (role: PanelRole) => renderRoute('/meetings/meeting-1', [viewerMock({ role }), meetingMock, inviteMock, agendaMock([larch])]);

  it('are absent for a member without meeting:manage', async () => {
    renderAs('PARTNER_MEMBER');
    expect(await screen.findByRole('link', { name: 'OCG-0003 Operation Larch' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Add a record/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
  });

  it('leave a member waiting for the chair to publish a draft agenda', async () => {
    const published = (meetingMock.result as { data: { meeting: Record<string, unknown> } }).data.meeting;
    const draft: MockLink.MockedResponse = {
      ...meetingMock,
      result: { data: { meeting: { ...published, status: 'PLANNED', agendaPublishedAt: null } } },
    };
    renderRoute('/meetings/meeting-1', [viewerMock({ role: 'PARTNER_MEMBER' }), draft, inviteMock, agendaMock([larch])]);
    expect(await screen.findByText('The agenda will be shown here once the chair publishes it.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'OCG-0003 Operation Larch' })).not.toBeInTheDocument();
  });

  it('are there for the coordinator', async () => {
    renderAs('COORDINATOR');
    expect(await screen.findByRole('button', { name: 'Remove OCG-0003 Operation Larch from this item' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a record to Groups for review' })).toBeInTheDocument();
  });
});
