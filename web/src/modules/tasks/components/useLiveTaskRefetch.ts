import { useEffect, useLayoutEffect, useRef } from 'react';
import { useSubscription } from '@apollo/client/react';
import { TaskChangedSubscription } from '../graphql/task-changed.subscription';

type Options = {
  panelId: string | null | undefined;
  /** Asks again for what the page shows. */
  refetch: () => unknown;
  /** Which changes concern this page; every visible change when not given. */
  matches?: (taskId: string) => boolean;
  /** Several changes close together (a bulk edit, a busy meeting) cause one refetch. */
  delayMs?: number;
};

/**
 * Keeps a page current while others work: the server sends only the changes this person may see, and the page
 * refetches its own queries a moment after one that concerns it, so no reload is needed.
 */
export function useLiveTaskRefetch({ panelId, refetch, matches, delayMs = 250 }: Options): void {
  const latest = useRef({ refetch, matches });
  useLayoutEffect(() => {
    latest.current = { refetch, matches };
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useSubscription(TaskChangedSubscription, {
    variables: { panelId: panelId ?? '' },
    skip: !panelId,
    onData: ({ data }) => {
      const id = data.data?.taskChanged.id;
      if (!id || (latest.current.matches && !latest.current.matches(id))) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void Promise.resolve(latest.current.refetch()).catch(() => undefined);
      }, delayMs);
    },
  });

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
}
