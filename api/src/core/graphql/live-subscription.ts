import { createSourceEventStream, GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { RequestContext } from '../access/request-context.js';
import type { AuditService } from '../audit/audit.service.js';
import { operationNameOf, writeConsultations } from '../audit/consultation-log.plugin.js';
import type { LiveOperation, LiveSocket, SocketSessionsService } from '../auth/socket-sessions.service.js';
import { runWithScopeContext } from '../database/panel-scope.js';
import { withEventGate } from '../events/event-gate.js';

type PromiseOrValue<T> = Promise<T> | T;

export interface LiveSubscriptionDeps {
  sockets: SocketSessionsService;
  audit: AuditService;
  /** Gives the context fresh loaders and an empty consultation list, as a new request would have. */
  renew(ctx: RequestContext): void;
  /** Resolves one event's answer: GraphQL's execute, or a wrapper of it. */
  execute(args: ExecutionArgs): PromiseOrValue<ExecutionResult>;
}

/**
 * graphql-ws's `subscribe` for operations on our sockets. Each event is taken from the bus only after its
 * subscriber's session is read again from the database (closing the socket when it has ended, see event-gate.ts),
 * so the subscription's filter and shaping see the current viewer; it is resolved with fresh loaders, and the
 * personal data it showed is written to the s.62 log, one row per viewer, record and event, before it is sent.
 * When the viewer's roles or agreement change, the operation subscribes again under the new rights (its
 * resolver runs again, with its guard and its filter), so no later event is chosen under the old ones; if the
 * new rights no longer allow it, the operation ends with the refusal. Its statements run in the panel scope of
 * its context's current viewer (row-level security), wherever the step that sends them was started.
 */
export async function subscribeLive(
  args: ExecutionArgs,
  deps: LiveSubscriptionDeps,
): Promise<ExecutionResult | AsyncIterableIterator<ExecutionResult>> {
  const ctx = args.contextValue as RequestContext;
  const live = deps.sockets.socketOf(ctx);
  if (!live) {
    return { errors: [new GraphQLError('Sign in to continue', { extensions: { code: 'UNAUTHENTICATED' } })] };
  }
  const source = await runWithScopeContext(ctx, () => createSourceEventStream(args));
  if (!isAsyncIterable(source)) return source;
  return new LiveSubscription(args, ctx, live, source[Symbol.asyncIterator](), deps);
}

interface Pull {
  source: AsyncIterator<unknown>;
  event: Promise<IteratorResult<unknown>>;
  checkedUnder(): number | null;
}

class LiveSubscription implements AsyncIterableIterator<ExecutionResult>, LiveOperation {
  private refusal: ExecutionResult | null = null;
  private finished = false;
  /** Set from the moment the viewer's rights change until the stream chosen under them has replaced the old. */
  private resubscribesPending = 0;
  private resubscribing: Promise<void> = Promise.resolve();
  /** The first pull of a stream that replaced another, started as soon as it was made. */
  private primed: Pull | null = null;
  private readonly untrack: () => void;

  constructor(
    private readonly args: ExecutionArgs,
    readonly ctx: RequestContext,
    private readonly live: LiveSocket,
    private source: AsyncIterator<unknown>,
    private readonly deps: LiveSubscriptionDeps,
  ) {
    this.untrack = deps.sockets.track(live, this);
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    while (!this.finished && !this.live.closed) {
      if (this.refusal) {
        const refusal = this.refusal;
        await this.finish();
        return { done: false, value: refusal };
      }
      const source = this.source;
      const pull = this.primed?.source === source ? this.primed : this.pull(source);
      this.primed = null;
      const event = await pull.event;
      const checkedUnder = pull.checkedUnder();
      if (this.finished || this.live.closed) break;
      if (event.done) {
        // A stream replaced under new rights ends; the operation goes on with its replacement, or its refusal.
        if (source !== this.source || this.refusal) continue;
        break;
      }
      if (!(await this.mayBeSent(source, checkedUnder))) continue;
      const answer = await this.resolve(event.value);
      if (this.finished) break;
      return { done: false, value: answer };
    }
    await this.finish();
    return { done: true, value: undefined };
  }

  /** Takes the stream's next event through the event gate, noting the version of the rights it was checked under. */
  private pull(source: AsyncIterator<unknown>): Pull {
    let checkedUnder: number | null = null;
    const event = withEventGate(
      async () => {
        const open = await this.deps.sockets.refresh(this.live);
        checkedUnder = this.live.rightsVersion;
        return open;
      },
      () => source.next(),
    );
    // A pull started ahead may be let go unread when the operation ends; its failure must not go unhandled.
    event.catch(() => undefined);
    return { source, event, checkedUnder: () => checkedUnder };
  }

  /** Whether an event was chosen under the viewer's current rights, and those rights still allow the operation. */
  private async mayBeSent(source: AsyncIterator<unknown>, checkedUnder: number | null): Promise<boolean> {
    if (checkedUnder === null) {
      // A stream that does not pass its events through the gate: the session is checked now, and nothing chosen
      // before a change of rights is sent.
      if (!(await this.deps.sockets.refresh(this.live))) return false;
      return !this.outdated(source);
    }
    // A change of rights being applied first settles whether the operation may go on at all.
    await this.resubscribing;
    return !this.finished && this.refusal === null && checkedUnder === this.live.rightsVersion;
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    await this.finish();
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.finish();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  rightsChanged(): Promise<void> {
    this.resubscribesPending += 1;
    this.resubscribing = this.resubscribing
      .then(() => this.resubscribe())
      // An operation that cannot be brought up to date ends rather than go on under the old rights.
      .catch(() => this.finish())
      .finally(() => {
        this.resubscribesPending -= 1;
      });
    return this.resubscribing;
  }

  private outdated(source: AsyncIterator<unknown>): boolean {
    return source !== this.source || this.refusal !== null || this.resubscribesPending > 0;
  }

  private async resubscribe(): Promise<void> {
    if (this.finished || this.refusal) return;
    let replacement: Awaited<ReturnType<typeof createSourceEventStream>>;
    try {
      // Started by the sweep as often as by an event: the statements run in the operation's own panel scope.
      replacement = await runWithScopeContext(this.ctx, () => createSourceEventStream(this.args));
    } catch (e) {
      replacement = { errors: [e instanceof GraphQLError ? e : new GraphQLError('Live updates stopped', { originalError: e as Error })] };
    }
    if (this.finished) {
      if (isAsyncIterable(replacement)) await replacement[Symbol.asyncIterator]().return?.();
      return;
    }
    const former = this.source;
    if (isAsyncIterable(replacement)) {
      this.source = replacement[Symbol.asyncIterator]();
      // The bus is subscribed to on a stream's first pull: done now, before the former stream is let go, so that
      // no event falls between the two.
      this.primed = this.pull(this.source);
    } else {
      this.refusal = replacement;
    }
    // Ends the wait for the former stream's next event, so the loop moves on to the new stream or the refusal.
    await former.return?.();
  }

  private async resolve(payload: unknown): Promise<ExecutionResult> {
    this.deps.renew(this.ctx);
    const answer = await runWithScopeContext(this.ctx, () => this.deps.execute({ ...this.args, rootValue: payload }));
    await writeConsultations(this.deps.audit, this.ctx, operationNameOf(this.args));
    return answer;
  }

  private async finish(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    this.untrack();
    await this.source.return?.();
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof Object(value)[Symbol.asyncIterator] === 'function';
}
