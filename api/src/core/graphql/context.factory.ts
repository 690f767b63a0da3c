import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { LIMITS } from '@sentinel/shared';
import { DataSource } from 'typeorm';
import type { WebSocket } from 'ws';
import type { RequestContext, Viewer } from '../access/request-context.js';
import { readCookie, SESSION_COOKIE, SessionService } from '../auth/session.service.js';
import { SESSION_ENDED_CLOSE_CODE, SocketSessionsService, type LiveSocket } from '../auth/socket-sessions.service.js';
import { attachScopeContext } from '../database/panel-scope.js';
import { documentTooLarge } from './limits.js';
import { Loaders } from './loaders.js';

/** Extra state graphql-ws keeps per socket: the socket, its upgrade request and its registration once accepted. */
export interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
  live?: LiveSocket;
}

@Injectable()
export class ContextFactory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    readonly sockets: SocketSessionsService,
  ) {}

  async forHttp(req: Request, res: Response): Promise<RequestContext> {
    // Before the session is looked up or the document parsed: Apollo answers an error thrown here as it is (400).
    const query = (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query === 'string' && query.length > LIMITS.documentLengthMax) throw documentTooLarge(query.length);
    const viewer = await this.sessions.viewerFor(readCookie(req.headers.cookie, SESSION_COOKIE));
    const ctx: RequestContext = { viewer, ip: req.ip ?? 'unknown', req, res, loaders: new Loaders(this.dataSource, viewerPanels(viewer)) };
    // The rest of the request reads the database in this viewer's panels (and follows a sign-in or sign-out).
    attachScopeContext(ctx);
    return ctx;
  }

  /**
   * Called once per operation on a socket. The context is the one object the operation's resolvers read the
   * viewer from for as long as it runs: the socket's checks replace `viewer` in it when the session changes.
   */
  async forSocket(extra: SocketExtra): Promise<RequestContext> {
    const viewer = await this.sessions.viewerFor(readCookie(extra.request.headers.cookie, SESSION_COOKIE));
    const ctx: RequestContext = {
      viewer,
      ip: extra.request.socket.remoteAddress ?? 'unknown',
      loaders: new Loaders(this.dataSource, viewerPanels(viewer)),
      channel: 'SUBSCRIPTION',
    };
    if (extra.live) {
      this.sockets.attach(ctx, extra.live);
      // A session found ended here ends the socket too, not just this operation.
      await this.sockets.update(extra.live, viewer);
    }
    return ctx;
  }

  /** Before each live event: loaders that cache nothing from earlier events, and an empty consultation list. */
  renew(ctx: RequestContext): void {
    ctx.loaders = new Loaders(this.dataSource, viewerPanels(ctx.viewer));
    ctx.consulted = new Map();
  }

  /** A WebSocket may only be opened from our own pages, with a live session. */
  async acceptSocket(extra: SocketExtra): Promise<boolean> {
    const { origin, host } = extra.request.headers;
    // Refused (graphql-ws closes with 4403 Forbidden) when the page is elsewhere, or has no origin ("null").
    if (origin && host && originHost(origin) !== host) return false;
    const viewer = await this.sessions.viewerFor(readCookie(extra.request.headers.cookie, SESSION_COOKIE));
    if (!viewer) {
      // Closed as an ended session, not merely refused, so the web app sends the person to sign in.
      extra.socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
      return false;
    }
    extra.live = this.sockets.open(extra.socket, viewer);
    return true;
  }
}

function originHost(origin: string): string | null {
  return URL.canParse(origin) ? new URL(origin).host : null;
}

function viewerPanels(viewer: Viewer | null): string[] {
  return viewer?.memberships.map((m) => m.panelId) ?? [];
}
