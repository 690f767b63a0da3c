import type { ExecutionArgs } from 'graphql';
import type { Viewer } from '../access/request-context.js';
import { runWithScopeContext } from './panel-scope.js';

type ScopeContext = { viewer: Viewer | null };

/*
 * Operations over a WebSocket run outside any HTTP request, so graphql-ws's execute and subscribe are wrapped in
 * these: each operation, and each event a subscription brings, runs in the panel scope of the operation's context
 * (read at every statement, so a viewer replaced on the socket is followed).
 */

export function executeInPanelScope<R>(execute: (args: ExecutionArgs) => R): (args: ExecutionArgs) => R {
  return (args) => runWithScopeContext(args.contextValue as ScopeContext, () => execute(args));
}

export function subscribeInPanelScope<R extends object>(
  subscribe: (args: ExecutionArgs) => Promise<R | AsyncIterableIterator<R>>,
): (args: ExecutionArgs) => Promise<R | AsyncIterableIterator<R>> {
  return async (args) => {
    const ctx = args.contextValue as ScopeContext;
    const result = await runWithScopeContext(ctx, () => subscribe(args));
    if (!(Symbol.asyncIterator in result)) return result;
    // graphql-ws pulls the events from outside the scope: each pull runs in it, and with it everything that makes
    // the event's answer.
    const events = result as AsyncIterableIterator<R>;
    const inScope = <T>(step: () => Promise<T>): Promise<T> => runWithScopeContext(ctx, step);
    const next = () => events.next();
    const scoped: AsyncIterableIterator<R> = {
      next: () => inScope(next),
      return: (value?: unknown) => inScope(() => events.return?.(value) ?? Promise.resolve({ done: true as const, value: undefined })),
      throw: (error?: unknown) => inScope(() => events.throw?.(error) ?? Promise.reject(error)),
      [Symbol.asyncIterator]: () => scoped,
    };
    return scoped;
  };
}
