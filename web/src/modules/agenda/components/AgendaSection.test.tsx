import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter } from 'react-router';
import { conflictReviewRow } from '../../../test/conflict-review';
import { AgencyOptionsQuery } from '../../agencies/graphql/agency-options.query';
import { createCache } from '../../app/apollo-client';
import { OfficerOptionsQuery } from '../../ocgs/graphql/member-options.query';
import { AgendaQuery } from '../graphql/agenda.query';
import { MoveAgendaItemMutation } from '../graphql/move-agenda-item.mutation';
import { UpdateAgendaItemMutation } from '../graphql/update-agenda-item.mutation';
import { AgendaSection } from './AgendaSection';

// 10:00 UK time on a winter day is 10:00Z.
const START = Date.parse('2026-12-08T10:00:00Z');
const at = (minutes: number) => new Date(START + minutes * 60_000).toISOString();

function item(id: string, title: string, minutes: number, position: number, startMinute: number, slot = 120) {
  return {
    __typename: 'AgendaItem',
    id,
    meetingId: 'meeting-1',
    kind: 'OTHER',
    position,
    title,
    minutesAllocated: minutes,
    predictedStart: at(startMinute),
    predictedEnd: at(startMinute + minutes),
    overruns: startMinute + minutes > slot,
    presenterName: null as string | null,
    presenterUserId: null,
    presenterAgencyId: null as string | null,
    restrictedToIds: [],
    restrictedTo: [],
    notes: null,
    decisions: null,
    startedAt: null,
    endedAt: null,
    version: 1,
    records: [],
    tasks: [],
  };
}

function agenda(order: Array<[string, string, number]>) {
  let start = 0;
  const items = order.map(([id, title, minutes], i) => {
    const it = item(id, title, minutes, i + 1, start);
    start += minutes;
    return it;
  });
  return {
    __typename: 'Agenda',
    meetingId: 'meeting-1',
    meetingTitle: 'Panel meeting, 8 December 2026',
    meetingVersion: 3,
    panelId: 'panel-1',
    startsAt: at(0),
    status: 'PLANNED',
    slotMinutes: 120,
    totalMinutes: start,
    overrunsBy: Math.max(0, start - 120),
    items,
  };
}

const welcome: [string, string, number] = ['a', 'Welcome and apologies', 5];
const threats: [string, string, number] = ['b', 'The threat picture', 15];
const review: [string, string, number] = ['c', 'Groups for review', 115];

function renderAgenda(mocks: ConstructorParameters<typeof MockedProvider>[0]['mocks'], canManage = true) {
  return render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <MemoryRouter>
        <AgendaSection meetingId="meeting-1" panelId="panel-1" canManage={canManage} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

const agendaMock = (data: ReturnType<typeof agenda>) => ({
  request: { query: AgendaQuery, variables: { meetingId: 'meeting-1' } },
  result: { data: { agenda: data } },
});

describe('AgendaSection', () => {
  it('shows each item’s predicted time against the slot and warns when the agenda overruns', async () => {
    renderAgenda([agendaMock(agenda([welcome, threats, review]))], false);
    expect(await screen.findByText('135 minutes allocated of the 2-hour slot.')).toBeInTheDocument();
    expect(screen.getByTestId('timing-a')).toHaveTextContent('10am to 10:05am (5 minutes)');
    expect(screen.getByTestId('timing-b')).toHaveTextContent('10:05am to 10:20am (15 minutes)');
    expect(screen.getByTestId('timing-c')).toHaveTextContent('10:20am to 12:15pm (115 minutes)');
    expect(within(screen.getByTestId('timing-c')).getByText('Overruns the slot')).toBeInTheDocument();
    expect(within(screen.getByTestId('timing-b')).queryByText('Overruns the slot')).not.toBeInTheDocument();
    expect(screen.getByText(/The agenda runs 15 minutes over the 2-hour slot/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Move up/ })).not.toBeInTheDocument();
  });

  it('has no overrun warning when the agenda fits', async () => {
    renderAgenda([agendaMock(agenda([welcome, threats]))], false);
    expect(await screen.findByText('20 minutes allocated of the 2-hour slot.')).toBeInTheDocument();
    expect(screen.queryByText(/The agenda runs/)).not.toBeInTheDocument();
  });

  it('keeps focus on the moved item’s button after Move up and Move down', async () => {
    const user = userEvent.setup();
    renderAgenda([
      agendaMock(agenda([welcome, threats, review])),
      {
        request: { query: MoveAgendaItemMutation, variables: { id: 'b', toPosition: 1 } },
        result: { data: { moveAgendaItem: agenda([threats, welcome, review]) } },
      },
      {
        request: { query: MoveAgendaItemMutation, variables: { id: 'a', toPosition: 3 } },
        result: { data: { moveAgendaItem: agenda([threats, review, welcome]) } },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Move up The threat picture' }));
    // At the top it has no Move up any more: focus goes to its Move down, in its new place.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move down The threat picture' })).toHaveFocus());
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      '1. The threat picture',
      '2. Welcome and apologies',
      '3. Groups for review',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('The threat picture moved to position 1 of 3.');

    await user.click(screen.getByRole('button', { name: 'Move down Welcome and apologies' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move up Welcome and apologies' })).toHaveFocus());
    expect(screen.getAllByRole('heading', { level: 3 })[2]).toHaveTextContent('3. Welcome and apologies');
  });

  it('keeps an item’s edit beside the change someone else saved meanwhile, and saves it again on the newer version', async () => {
    const user = userEvent.setup();
    const theirs = (version: number, title: string, presenterAgencyId: string | null) => {
      const data = agenda([welcome, threats]);
      data.items[0] = { ...data.items[0], version, title, presenterAgencyId, presenterName: presenterAgencyId ? 'HMRC' : null };
      return data;
    };
    const options = [
      {
        request: { query: AgencyOptionsQuery, variables: { panelId: 'panel-1' } },
        result: {
          data: { agencies: { __typename: 'AgencyPage', totalCount: 1, nodes: [{ __typename: 'Agency', id: 'agency-hmrc', name: 'HMRC' }] } },
        },
      },
      {
        request: { query: OfficerOptionsQuery, variables: { panelId: 'panel-1' } },
        result: { data: { members: { __typename: 'MemberPage', totalCount: 0, nodes: [] } } },
      },
    ];
    const input = (version: number) => ({
      id: 'a',
      version,
      title: 'Welcome, apologies and introductions',
      minutesAllocated: 5,
      presenterUserId: null,
      presenterAgencyId: null,
      restrictedTo: [],
    });
    const message =
      'This agenda item was changed by someone else since you opened it: Presenter, Title changed. Check their changes beside yours, then save again.';
    const saved = jest.fn(() => ({ data: { updateAgendaItem: { ...theirs(3, 'Welcome, apologies and introductions', null).items[0] } } }));
    renderAgenda([
      agendaMock(agenda([welcome, threats])),
      ...options,
      ...options,
      {
        request: { query: UpdateAgendaItemMutation, variables: { input: input(1) } },
        result: { errors: [{ message, extensions: { code: 'CONFLICT', changedFields: ['presenterAgencyId', 'title'] } }] },
      },
      agendaMock(theirs(2, 'Welcome', 'agency-hmrc')),
      { request: { query: UpdateAgendaItemMutation, variables: { input: input(2) } }, result: saved },
      agendaMock(theirs(3, 'Welcome, apologies and introductions', null)),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Edit Welcome and apologies' }));
    const title = await screen.findByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Welcome, apologies and introductions');
    await user.click(screen.getByRole('button', { name: 'Save item' }));

    expect(await conflictReviewRow(/Title/)).toEqual(['Welcome, apologies and introductions', 'Welcome']);
    // The presenter is one field of the form, kept as two: it is shown once.
    expect(await conflictReviewRow(/Presenter/)).toEqual(['Not given', 'HMRC (agency)']);
    expect(within(screen.getByTestId('conflict-review')).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByLabelText('Title')).toHaveValue('Welcome, apologies and introductions');
    await user.click(screen.getByRole('button', { name: 'Save item' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(await screen.findByRole('heading', { level: 3, name: '1. Welcome, apologies and introductions' })).toBeInTheDocument();
  }, 20_000);
});
