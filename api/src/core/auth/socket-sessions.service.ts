import { Injectable, Logger, type OnApplicationShutdown, type OnModuleDestroy } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { WebSocket } from 'ws';
import type { RequestContext, Viewer } from '../access/request-context.js';
import { rightsOf } from '../access/viewer-rights.js';
import { SessionService } from './session.service.js';
import { openWebSockets } from '../observability/metrics.js';

/** The close code that tells the web app the session is over, so it sends the person to sign in. */
export const SESSION_ENDED_CLOSE_CODE = 4401;

/** How often every socket of this process is checked against its session: well inside the 5 seconds allowed. */
const SWEEP_EVERY_MS = 2000;

/** One subscription running on a socket, whose context is the one object its resolvers read the viewer from. */
export interface LiveOperation {
  readonly ctx: RequestContext;
  /** The viewer's roles or agreement changed: subscribe again under them, or end if they no longer allow it. */
  rightsChanged(): Promise<void>;
}

/** An open WebSocket, the session it was opened with, and the subscriptions running on it. */
export class LiveSocket {
  readonly operations = new Set<LiveOperation>();
  closed = false;
  /** Counts the changes of the viewer's rights, so an event can tell whether it was chosen under the current ones. */
  rightsVersion = 0;

  constructor(
    readonly sessionId: string,
    public viewer: Viewer,
    private readonly socket: WebSocket,
  ) {}

  /** Nothing more is sent once this is called, even while the closing handshake is under way. */
  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.close(code, reason);
  }
}

/**
 * Keeps every socket of this process in step with its session. Each live event re-reads its subscriber's
 * viewer, and every two seconds all of the process's sessions with an open socket are read again in one
 * statement: a socket whose session ended (signed out, password changed, user disabled, idle or too old) is
 * closed with 4401, and the others' viewers are replaced in place, so resolvers see the current roles and
 * agreement. Every process checks its own sockets against the database, so a session ended through any
 * process closes the sockets held by all of them.
 */
@Injectable()
export class SocketSessionsService implements OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger('SocketSessions');
  private readonly bySession = new Map<string, Set<LiveSocket>>();
  private readonly byContext = new WeakMap<RequestContext, LiveSocket>();
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;
  private stopped = false;
  /** How many reads of sessions this process has made: each viewer read is marked with its read's number. */
  private reads = 0;
  /**
   * A session read for each event's gate, batched: the subscribers that take one event from the bus at the same
   * moment read their sessions in one statement (after the event arrived, never from a cache), so an event
   * reaching a thousand sockets costs one read, not a thousand.
   */
  private readonly sessionReads: DataLoader<string, Viewer | null>;

  constructor(private readonly sessions: SessionService) {
    this.sessionReads = new DataLoader(
      async (ids) => {
        const viewers = await this.readViewers(ids);
        return ids.map((id) => viewers.get(id) ?? null);
      },
      { cache: false, maxBatchSize: 5000 },
    );
  }

  /** Registers a socket accepted for a viewer; it is forgotten when it closes. */
  open(socket: WebSocket, viewer: Viewer): LiveSocket {
    const live = new LiveSocket(viewer.sessionId, viewer, socket);
    let sockets = this.bySession.get(live.sessionId);
    if (!sockets) this.bySession.set(live.sessionId, (sockets = new Set()));
    sockets.add(live);
    openWebSockets.inc();
    socket.once('close', () => this.forget(live));
    if (!this.timer && !this.stopped) {
      this.timer = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
      this.timer.unref();
    }
    return live;
  }

  /** Ties an operation's context to its socket, so that the operation can be found and kept current. */
  attach(ctx: RequestContext, live: LiveSocket): void {
    this.byContext.set(ctx, live);
  }

  socketOf(ctx: RequestContext): LiveSocket | null {
    return this.byContext.get(ctx) ?? null;
  }

  track(live: LiveSocket, operation: LiveOperation): () => void {
    live.operations.add(operation);
    return () => live.operations.delete(operation);
  }

  /**
   * Reads the socket's session again (one statement shared with the other sockets reading theirs at the same
   * moment); false when it has ended, the socket then being closed.
   */
  refresh(live: LiveSocket): Promise<boolean> {
    if (live.closed) return Promise.resolve(false);
    return this.sessionReads.load(live.sessionId).then((viewer) => {
      const resubscribing = this.apply(live, viewer);
      return resubscribing ? resubscribing.then(() => !live.closed) : !live.closed;
    });
  }

  /**
   * Applies a session's current viewer to a socket: none closes it; otherwise every operation's context is
   * given the new viewer in place, and those whose rights changed subscribe again under the new rights.
   */
  async update(live: LiveSocket, viewer: Viewer | null): Promise<void> {
    await this.apply(live, viewer);
  }

  /** As `update`; answers the operations subscribing again when the rights changed, and null otherwise. */
  private apply(live: LiveSocket, viewer: Viewer | null): Promise<unknown> | null {
    if (live.closed) return null;
    if (!viewer || viewer.sessionId !== live.sessionId) {
      live.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
      return null;
    }
    const changed = rightsOf(live.viewer) !== rightsOf(viewer);
    live.viewer = viewer;
    for (const operation of live.operations) operation.ctx.viewer = viewer;
    if (!changed) return null;
    live.rightsVersion += 1;
    return Promise.all([...live.operations].map((operation) => operation.rightsChanged()));
  }

  /** Checks every open socket of this process in one statement, however many there are. */
  sweep(): Promise<void> {
    this.sweeping ??= this.sweepOnce().finally(() => {
      this.sweeping = null;
    });
    return this.sweeping;
  }

  private async sweepOnce(): Promise<void> {
    const sessionIds = [...this.bySession.keys()];
    if (!sessionIds.length) return;
    try {
      const viewers = await this.readViewers(sessionIds);
      const resubscribing: Promise<unknown>[] = [];
      for (const id of sessionIds) {
        for (const live of this.bySession.get(id) ?? []) {
          const changed = this.apply(live, viewers.get(id) ?? null);
          if (changed) resubscribing.push(changed);
        }
      }
      await Promise.all(resubscribing);
    } catch (e) {
      // Every event still reads its subscriber's session before it is sent, so a missed sweep shows nothing.
      this.logger.warn(`Open sockets not checked: ${(e as Error).message}`);
    }
  }

  /** Reads sessions' viewers, each marked with the read that found it (see audienceOf). */
  private async readViewers(sessionIds: readonly string[]): Promise<Map<string, Viewer>> {
    const viewers = await this.sessions.viewersBySession(sessionIds);
    this.reads += 1;
    for (const viewer of viewers.values()) audiences.set(viewer, `${this.reads}:${rightsOf(viewer)}`);
    return viewers;
  }

  private forget(live: LiveSocket): void {
    openWebSockets.dec();
    live.closed = true;
    const sockets = this.bySession.get(live.sessionId);
    sockets?.delete(live);
    if (sockets && !sockets.size) this.bySession.delete(live.sessionId);
  }

  /** Stops before the database goes, so no sweep is left holding a connection or keeping the process alive. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.sweeping;
  }

  onApplicationShutdown(): Promise<void> {
    return this.onModuleDestroy();
  }
}

const audiences = new WeakMap<Viewer, string>();

/**
 * Whom an answer shown to this viewer is for: their rights (the person included) and the read of sessions that found
 * them. Subscribers whose viewers have the same audience took an event under the same rights, checked by the same
 * statement, and may be shown one answer (live-answers.ts). Null for a viewer that no read of this service found.
 */
export function audienceOf(viewer: Viewer): string | null {
  return audiences.get(viewer) ?? null;
}
