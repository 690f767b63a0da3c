import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { DataSource } from 'typeorm';
import type { RequestContext, Viewer } from '../access/request-context.js';
import { readCookie, SESSION_COOKIE, SessionService } from '../auth/session.service.js';
import { Loaders } from './loaders.js';

/** Extra state graphql-ws keeps per socket: the upgrade request and the viewer found when it connected. */
export interface SocketExtra {
  request: IncomingMessage;
  viewer?: Viewer | null;
}

@Injectable()
export class ContextFactory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
  ) {}

  async forHttp(req: Request, res: Response): Promise<RequestContext> {
    const viewer = await this.sessions.viewerFor(readCookie(req.headers.cookie, SESSION_COOKIE));
    return { viewer, ip: req.ip ?? 'unknown', req, res, loaders: new Loaders(this.dataSource, viewerPanels(viewer)) };
  }

  /** Called once per subscription operation; the session is checked again so an ended one stops there. */
  async forSocket(extra: SocketExtra): Promise<RequestContext> {
    const viewer = await this.sessions.viewerFor(readCookie(extra.request.headers.cookie, SESSION_COOKIE));
    return { viewer, ip: extra.request.socket.remoteAddress ?? 'unknown', loaders: new Loaders(this.dataSource, viewerPanels(viewer)) };
  }

  /** A WebSocket may only be opened from our own pages, with a live session. */
  async acceptSocket(extra: SocketExtra): Promise<boolean> {
    const { origin, host } = extra.request.headers;
    if (origin && host && new URL(origin).host !== host) return false;
    extra.viewer = await this.sessions.viewerFor(readCookie(extra.request.headers.cookie, SESSION_COOKIE));
    return Boolean(extra.viewer);
  }
}

function viewerPanels(viewer: Viewer | null): string[] {
  return viewer?.memberships.map((m) => m.panelId) ?? [];
}
