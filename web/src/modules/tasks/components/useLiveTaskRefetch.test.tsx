import { act, render } from '@testing-library/react';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { Subject } from 'rxjs';
import { useLiveTaskRefetch } from './useLiveTaskRefetch';

function event(id: string) {
  return { data: { taskChanged: { __typename: 'Task', id, status: 'IN_PROGRESS', version: 2, updatedAt: '2026-05-04T13:05:00Z' } } };
}

// A client whose only transport is a stream the test writes to, as the WebSocket would.
function setup(matches?: (id: string) => boolean) {
  const events = new Subject<ApolloLink.Result>();
  const operations: string[] = [];
  const link = new ApolloLink((operation) => {
    operations.push(`${operation.operationName}:${JSON.stringify(operation.variables)}`);
    return events;
  });
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const refetch = jest.fn();
  function Page() {
    useLiveTaskRefetch({ panelId: 'panel-1', refetch, matches, delayMs: 200 });
    return null;
  }
  const utils = render(
    <ApolloProvider client={client}>
      <Page />
    </ApolloProvider>,
  );
  return { events, operations, refetch, ...utils };
}

describe('useLiveTaskRefetch', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('subscribes to the panel and refetches when an event for the task arrives', () => {
    const { events, operations, refetch } = setup((id) => id === 'task-1');
    expect(operations).toEqual(['TaskChanged:{"panelId":"panel-1"}']);

    act(() => events.next(event('task-2')));
    act(() => jest.advanceTimersByTime(500));
    expect(refetch).not.toHaveBeenCalled();

    act(() => events.next(event('task-1')));
    expect(refetch).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(200));
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('refetches once for a burst of changes', () => {
    const { events, refetch } = setup();
    act(() => {
      events.next(event('task-1'));
      events.next(event('task-2'));
      events.next(event('task-3'));
    });
    act(() => jest.advanceTimersByTime(250));
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('stops listening when the page goes', () => {
    const { events, refetch, unmount } = setup();
    act(() => events.next(event('task-1')));
    unmount();
    act(() => jest.advanceTimersByTime(500));
    expect(refetch).not.toHaveBeenCalled();
  });
});
