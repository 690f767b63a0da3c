import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import { SESSION_TIMEOUTS } from '@sentinel/shared';
import type { Viewer } from '../access/request-context.js';
import { runInAnyScope } from '../database/panel-scope.js';
import { queryPrepared } from '../database/prepared-query.js';

export const SESSION_COOKIE = 'sentinel_session';

export type SessionEndReason =
  | 'SIGNED_OUT'
  | 'USER_DISABLED'
  | 'PASSWORD_CHANGED'
  | 'WRONG_PASSWORDS'
  // Second factor (second-factor.service.ts): too many wrong codes, a new app set up, or reset by a chair.
  | 'WRONG_CODES'
  | 'NEW_SECOND_FACTOR'
  | 'SECOND_FACTOR_RESET';

/** How often a session's last-seen time is written, at most. */
const TOUCH_EVERY_SECONDS = 60;

/**
 * The viewer behind a session: asked on every request, so prepared once per connection. The functions (migration
 * CreateSessionViewerFunctions) read a session's viewer in every panel whatever panels the connection is set to
 * show, so the read leaves the connection's setting as it is.
 */
const VIEWER_SQL = `SELECT v FROM session_viewer($1, $2, $3, $4) v`;

/**
 * The viewers behind sessions that open sockets hold, read again for every live event and by the sweep of all
 * of a process's sockets. It never touches last_seen_at: an open socket is not activity.
 */
const VIEWERS_BY_SESSION_SQL = `SELECT v FROM session_viewers($1::uuid[], $2, $3) v`;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Server-side sessions. The cookie carries a random token; the database keeps only its hash. A session ends
 * after 30 minutes without use, 10 hours after sign-in, on sign-out, or when its user is disabled.
 */
@Injectable()
export class SessionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(manager: EntityManager, userId: string, authMethod = 'PASSWORD'): Promise<{ token: string; sessionId: string }> {
    const token = randomBytes(32).toString('base64url');
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO user_session (token_hash, user_id, auth_method) VALUES ($1, $2, $3) RETURNING id`,
      [hashToken(token), userId, authMethod],
    );
    return { token, sessionId: rows[0].id };
  }

  /** The viewer behind a cookie token, or null when the session is unknown, ended or timed out. */
  async viewerFor(token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 100) return null;
    // Who someone is comes before which panels they may see: read in any scope the connection holds.
    const rows = await runInAnyScope(() =>
      queryPrepared<{ v: Viewer & { stale: boolean } }>(this.dataSource, 'viewer_for_session', VIEWER_SQL, [
        hashToken(token),
        SESSION_TIMEOUTS.inactivityMinutes,
        SESSION_TIMEOUTS.absoluteHours,
        TOUCH_EVERY_SECONDS,
      ]),
    );
    const row = rows[0]?.v;
    if (!row) return null;
    const { stale, ...viewer } = row;
    if (stale) {
      await this.dataSource.query(`UPDATE user_session SET last_seen_at = now() WHERE id = $1`, [viewer.sessionId]);
    }
    return viewer;
  }

  /**
   * The current viewer of each session still live, by session id, in one statement whatever the number of
   * sessions; an ended, timed-out or disabled one is absent. Reading does not count as activity.
   */
  async viewersBySession(sessionIds: readonly string[]): Promise<Map<string, Viewer>> {
    if (!sessionIds.length) return new Map();
    const rows = await runInAnyScope(() =>
      queryPrepared<{ v: Viewer }>(this.dataSource, 'viewers_by_session', VIEWERS_BY_SESSION_SQL, [
        sessionIds,
        SESSION_TIMEOUTS.inactivityMinutes,
        SESSION_TIMEOUTS.absoluteHours,
      ]),
    );
    return new Map(rows.map(({ v }) => [v.sessionId, v]));
  }

  /** Whether this call ended the session (false when it had already ended). */
  async end(manager: EntityManager, sessionId: string, reason: SessionEndReason): Promise<boolean> {
    const [, ended]: [unknown, number] = await manager.query(
      `UPDATE user_session SET ended_at = now(), end_reason = $2 WHERE id = $1 AND ended_at IS NULL`,
      [sessionId, reason],
    );
    return ended > 0;
  }

  /** Ends every open session of a user at once, except optionally the one making the request. */
  async endAllForUser(manager: EntityManager, userId: string, reason: SessionEndReason, exceptSessionId?: string): Promise<void> {
    await manager.query(
      `UPDATE user_session SET ended_at = now(), end_reason = $2
        WHERE user_id = $1 AND ended_at IS NULL AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [userId, reason, exceptSessionId ?? null],
    );
  }

  setCookie(req: Request, res: Response, token: string): void {
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
      path: '/',
      maxAge: SESSION_TIMEOUTS.absoluteHours * 3600 * 1000,
    });
  }

  clearCookie(req: Request, res: Response): void {
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
  }
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
