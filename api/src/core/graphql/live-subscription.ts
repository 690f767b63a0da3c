import { createSourceEventStream, GraphQLError, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { ConsultedRecord, RequestContext, Viewer } from '../access/request-context.js';
import type { AuditService } from '../audit/audit.service.js';
import { operationNameOf } from '../audit/consultation-log.plugin.js';
import { audienceOf, type LiveOperation, type LiveSocket, type SocketSessionsService } from '../auth/socket-sessions.service.js';
import { runWithScopeContext } from '../database/panel-scope.js';
import { withEventGate } from '../events/event-gate.js';
import { LiveAnswers, type LiveAnswer } from './live-answers.js';

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
 * so the subscription's filter and shaping see the current viewer; it is resolved with fresh loaders, once for all
 * the subscribers who would be sent the same answer (live-answers.ts), and the personal data it showed is written
 * to the s.62 log, one row per subscriber, record and event, before it is sent.
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
  const opened = await openStream(args, ctx, live, deps.sockets);
  if (!('source' in opened)) return opened;
  return new LiveSubscription(args, ctx, live, opened, deps);
}

/** The events of one subscription of a socket, and the version of the viewer's rights its last one was checked under. */
interface Stream {
  source: AsyncIterator<unknown>;
  checkedUnder: number | null;
}

/**
 * Runs the operation's resolver (its guard and its filter), in its panel scope, under the socket's event gate: every
 * event its streams take reads the session again, and notes the version of the rights it was checked under.
 */
async function openStream(
  args: ExecutionArgs,
  ctx: RequestContext,
  live: LiveSocket,
  sockets: SocketSessionsService,
): Promise<Stream | ExecutionResult> {
  const stream: Stream = { source: EMPTY, checkedUnder: null };
  const checked = (open: boolean) => {
    stream.checkedUnder = live.rightsVersion;
    return open;
  };
  const source = await withEventGate(
    () => sockets.refresh(live).then(checked),
    () => runWithScopeContext(ctx, () => createSourceEventStream(args)),
  );
  if (!isAsyncIterable(source)) return source;
  stream.source = source[Symbol.asyncIterator]();
  return stream;
}

const EMPTY: AsyncIterator<unknown> = { next: () => Promise.resolve({ done: true, value: undefined }) };
const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/** The answers of every live subscription of this process, shared where they would be the same. */
const answers = new LiveAnswers();

interface Pull {
  stream: Stream;
  event: Promise<IteratorResult<unknown>>;
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
  /** What, besides the event and the audience, decides the answer: null when it cannot be told (no document text). */
  private readonly operation: string | null;
  private readonly operationName: string | null;

  constructor(
    private readonly args: ExecutionArgs,
    readonly ctx: RequestContext,
    private readonly live: LiveSocket,
    private stream: Stream,
    private readonly deps: LiveSubscriptionDeps,
  ) {
    this.untrack = deps.sockets.track(live, this);
    this.operationName = operationNameOf(args);
    const text = args.document.loc?.source.body;
    this.operation = text === undefined ? null : JSON.stringify([text, args.operationName ?? null, args.variableValues ?? {}]);
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    while (!this.finished && !this.live.closed) {
      if (this.refusal) {
        const refusal = this.refusal;
        await this.finish();
        return { done: false, value: refusal };
      }
      const stream = this.stream;
      const pull = this.primed?.stream === stream ? this.primed : this.pull(stream);
      this.primed = null;
      const event = await pull.event;
      const checkedUnder = stream.checkedUnder;
      if (this.finished || this.live.closed) break;
      if (event.done) {
        // A stream replaced under new rights ends; the operation goes on with its replacement, or its refusal.
        if (stream !== this.stream || this.refusal) continue;
        break;
      }
      const may = this.mayBeSent(stream, checkedUnder);
      if (!(may === true || (may !== false && (await may)))) continue;
      const answer = this.answer(event.value);
      const value = answer instanceof Promise ? await answer : answer;
      if (this.finished) break;
      return { done: false, value };
    }
    await this.finish();
    return DONE;
  }

  /** Takes the stream's next event, which its gate checks (see openStream). */
  private pull(stream: Stream): Pull {
    stream.checkedUnder = null;
    return { stream, event: stream.source.next() };
  }

  /** Whether an event was chosen under the viewer's current rights, and those rights still allow the operation. */
  private mayBeSent(stream: Stream, checkedUnder: number | null): boolean | Promise<boolean> {
    if (checkedUnder === null) return this.checkedNow(stream);
    // A change of rights being applied first settles whether the operation may go on at all.
    if (this.resubscribesPending > 0) return this.resubscribing.then(() => this.chosenUnderCurrentRights(checkedUnder));
    return this.chosenUnderCurrentRights(checkedUnder);
  }

  private chosenUnderCurrentRights(checkedUnder: number): boolean {
    return !this.finished && this.refusal === null && checkedUnder === this.live.rightsVersion;
  }

  /**
   * For a stream that does not pass its events through the gate: the session is checked now, and nothing chosen
   * before a change of rights is sent.
   */
  private async checkedNow(stream: Stream): Promise<boolean> {
    if (!(await this.deps.sockets.refresh(this.live))) return false;
    return !this.outdated(stream);
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

  private outdated(stream: Stream): boolean {
    return stream !== this.stream || this.refusal !== null || this.resubscribesPending > 0;
  }

  private async resubscribe(): Promise<void> {
    if (this.finished || this.refusal) return;
    let replacement: Stream | ExecutionResult;
    try {
      // Started by the sweep as often as by an event: the statements run in the operation's own panel scope.
      replacement = await openStream(this.args, this.ctx, this.live, this.deps.sockets);
    } catch (e) {
      replacement = { errors: [e instanceof GraphQLError ? e : new GraphQLError('Live updates stopped', { originalError: e as Error })] };
    }
    if (this.finished) {
      if ('source' in replacement) await replacement.source.return?.();
      return;
    }
    const former = this.stream;
    if ('source' in replacement) {
      this.stream = replacement;
      // The bus is subscribed to on a stream's first pull: done now, before the former stream is let go, so that
      // no event falls between the two.
      this.primed = this.pull(replacement);
      // A pull started ahead may be let go unread when the operation ends; its failure must not go unhandled.
      this.primed.event.catch(() => undefined);
    } else {
      this.refusal = replacement;
    }
    // Ends the wait for the former stream's next event, so the loop moves on to the new stream or the refusal.
    await former.source.return?.();
  }

  /**
   * The event's answer as this subscriber is sent it: shared with every subscriber who would be sent the same
   * (live-answers.ts), and logged as shown to this viewer.
   */
  private answer(payload: unknown): ExecutionResult | Promise<ExecutionResult> {
    const viewer = this.ctx.viewer;
    const audience = viewer && audienceOf(viewer);
    const made =
      audience && this.operation !== null && typeof payload === 'object' && payload !== null
        ? answers.answer(payload, this.operation, audience, () => this.work(payload, viewer))
        : this.work(payload, viewer);
    return made instanceof Promise ? made.then((answer) => this.shown(answer, viewer)) : this.shown(made, viewer);
  }

  /** Works the answer out for `viewer` in their panel scope, with fresh loaders and no consultations noted yet. */
  private work(payload: unknown, viewer: Viewer | null): LiveAnswer | Promise<LiveAnswer> {
    const ctx: RequestContext = { ...this.ctx, viewer };
    this.deps.renew(ctx);
    const result = runWithScopeContext(ctx, () => this.deps.execute({ ...this.args, contextValue: ctx, rootValue: payload }));
    return result instanceof Promise ? result.then((r) => answerOf(r, ctx)) : answerOf(result, ctx);
  }

  /** The answer, once the personal data it shows is written to the s.62 log as consulted by this viewer. */
  private shown(answer: LiveAnswer, viewer: Viewer | null): ExecutionResult | Promise<ExecutionResult> {
    if (!answer.consulted.length) return answer.result;
    return this.deps.audit.consultedMany({ ...this.ctx, viewer }, answer.consulted, this.operationName).then(() => answer.result);
  }

  private async finish(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    this.untrack();
    await this.stream.source.return?.();
  }
}

const NOTHING_CONSULTED: readonly ConsultedRecord[] = Object.freeze([]);

/** An answer as shared: sent as it is to every subscriber it is for, so frozen against a change made for one. */
function answerOf(result: ExecutionResult, ctx: RequestContext): LiveAnswer {
  return { result: Object.freeze(result), consulted: ctx.consulted?.size ? [...ctx.consulted.values()] : NOTHING_CONSULTED };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof Object(value)[Symbol.asyncIterator] === 'function';
}
