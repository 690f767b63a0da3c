import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MemoryRouter } from 'react-router';
import { Observable, Subject } from 'rxjs';
import { createCache } from '../../app/apollo-client';
import { CloseMeetingSection } from './LiveChairControls';
import { LiveFollower } from './LiveMeeting';

function item(id: string, title: string) {
  return {
    __typename: 'AgendaItem',
    id,
    meetingId: 'meeting-1',
    kind: 'OCG_REVIEW',
    position: 4,
    title,
    minutesAllocated: 35,
    predictedStart: '2026-12-08T10:35:00Z',
    predictedEnd: '2026-12-08T11:10:00Z',
    overruns: false,
    presenterName: 'DS Lee',
    presenterUserId: 'user-9',
    presenterAgencyId: null,
    restrictedToIds: [],
    restrictedTo: [],
    notes: null,
    decisions: null,
    startedAt: '2026-12-08T10:36:00Z',
    endedAt: null,
    version: 1,
    records: [
      {
        __typename: 'AgendaOcgRecord',
        kind: 'OCG',
        recordId: 'ocg-1',
        reference: 'OCG-0007',
        title: 'Harbour Road group',
        status: 'ACTIVE',
        reason: 'RESCORED_OCG',
        tier: 'Tier 1',
        score: 88,
      },
    ],
    tasks: [],
  };
}

function live(currentItem: ReturnType<typeof item> | null, restricted: boolean, kind: string | null = null) {
  return {
    __typename: 'MeetingLive',
    meetingId: 'meeting-1',
    status: 'IN_PROGRESS',
    kind,
    itemId: currentItem?.id ?? null,
    restrictedItemInProgress: restricted,
    currentItemStartedAt: '2026-12-08T10:36:00Z',
    currentItem,
  };
}

// The query answers once; the subscription is a stream the test writes to, as the WebSocket would.
function setup(initial: ReturnType<typeof live>) {
  const events = new Subject<ApolloLink.Result>();
  const link = new ApolloLink((operation) =>
    operation.operationName === 'LiveMeeting'
      ? new Observable((observer) => {
          observer.next({ data: { liveMeeting: initial } });
          observer.complete();
        })
      : events,
  );
  const client = new ApolloClient({ link, cache: createCache() });
  render(
    <ApolloProvider client={client}>
      <MemoryRouter>
        <LiveFollower meetingId="meeting-1" />
      </MemoryRouter>
    </ApolloProvider>,
  );
  return { events };
}

describe('the live view for attendees', () => {
  it('says a restricted item is being discussed when the current item is not visible to them', async () => {
    setup(live(null, true));
    expect(await screen.findByRole('heading', { level: 2, name: 'Now discussing' })).toBeInTheDocument();
    expect(screen.getByText(/A restricted item is being discussed/, { selector: '.govuk-inset-text' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
  });

  it('follows the current item as the chair moves on, and hides it when a restricted item starts', async () => {
    const { events } = setup(live(item('item-3', 'The threat picture'), false));
    expect(await screen.findByRole('heading', { level: 3, name: '4. The threat picture' })).toBeInTheDocument();

    act(() => events.next({ data: { meetingLive: live(item('item-4', 'Organised crime groups for review'), false, 'CURRENT_ITEM_CHANGED') } }));
    expect(await screen.findByRole('heading', { level: 3, name: '4. Organised crime groups for review' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'OCG-0007 Harbour Road group' })).toHaveAttribute('href', '/ocgs/ocg-1');

    act(() => events.next({ data: { meetingLive: live(null, true, 'CURRENT_ITEM_CHANGED') } }));
    expect(await screen.findByText(/A restricted item is being discussed/, { selector: '.govuk-inset-text' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
  });
});

describe('closing the meeting', () => {
  function closeSetup(presentCount: number) {
    const sent: Record<string, unknown>[] = [];
    const link = new ApolloLink(
      (operation) =>
        new Observable((observer) => {
          sent.push({ name: operation.operationName, ...operation.variables });
          if (operation.operationName === 'CloseMeeting') observer.next({ data: { closeMeeting: live(null, false) } });
          else observer.next({ data: { draftMinutes: null } });
          observer.complete();
        }),
    );
    const client = new ApolloClient({ link, cache: createCache() });
    render(
      <ApolloProvider client={client}>
        <MemoryRouter>
          <CloseMeetingSection meetingId="meeting-1" presentCount={presentCount} />
        </MemoryRouter>
      </ApolloProvider>,
    );
    return { sent };
  }

  it('asks first, saying how many are recorded as present, and closes only when confirmed', async () => {
    const { sent } = closeSetup(12);
    await userEvent.click(screen.getByRole('button', { name: 'Close meeting' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Are you sure you want to close the meeting?' })).toHaveFocus();
    expect(screen.getByText('12 people are recorded as present.')).toBeInTheDocument();
    expect(screen.queryByText(/No one has been recorded as present/)).not.toBeInTheDocument();
    expect(sent).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(sent).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Close meeting' }));
    await userEvent.click(screen.getByRole('button', { name: 'Close meeting' }));
    expect(sent[0]).toEqual({ name: 'CloseMeeting', meetingId: 'meeting-1', confirmEmptyRegister: false });
  });

  it('warns plainly when no one is recorded as present, and confirms that to the API', async () => {
    const { sent } = closeSetup(0);
    await userEvent.click(screen.getByRole('button', { name: 'Close meeting' }));
    expect(screen.getByText(/No one has been recorded as present/, { selector: '.govuk-warning-text__text' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mark the attendance register first' })).toHaveAttribute('href', '/meetings/meeting-1#register');
    await userEvent.click(screen.getByRole('button', { name: 'Close with no one recorded as present' }));
    expect(sent[0]).toEqual({ name: 'CloseMeeting', meetingId: 'meeting-1', confirmEmptyRegister: true });
  });
});
