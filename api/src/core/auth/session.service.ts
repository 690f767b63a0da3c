import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import { SESSION_TIMEOUTS } from '@sentinel/shared';
import type { Viewer } from '../access/request-context.js';
import { runAsSystem } from '../database/panel-scope.js';
import { queryPrepared } from '../database/prepared-query.js';

export const SESSION_COOKIE = 'sentinel_session';

export type SessionEndReason = 'SIGNED_OUT' | 'USER_DISABLED' | 'PASSWORD_CHANGED' | 'WRONG_PASSWORDS';

/** How often a session's last-seen time is written, at most. */
const TOUCH_EVERY_SECONDS = 60;

/** Who a session belongs to, with their agency's agreement and their roles, as the Viewer needs them. */
const VIEWER_COLUMNS = `s.id AS session_id,
  u.id AS user_id, u.name, u.email, u.agency_id, u.is_admin, u.must_change_password,
  COALESCE((SELECT a.isa_covers_personal_data AND a.isa_expires_on >= (now() AT TIME ZONE 'Europe/London')::date
              FROM agency a WHERE a.id = u.agency_id), false) AS agency_allows_personal_data,
  COALESCE((SELECT json_agg(json_build_object('panelId', m.panel_id, 'role', m.role))
              FROM membership m WHERE m.user_id = u.id), '[]') AS memberships`;

/** A session that has not ended, timed out, or lost its user. */
const SESSION_LIVE = `s.ended_at IS NULL AND u.disabled_at IS NULL
    AND s.last_seen_at > now() - make_interval(mins => $2)
    AND s.created_at > now() - make_interval(hours => $3)`;

/** The viewer behind a session: asked on every request, so prepared once per connection. */
const VIEWER_SQL = `SELECT ${VIEWER_COLUMNS}, (s.last_seen_at < now() - make_interval(secs => $4)) AS stale
   FROM user_session s JOIN app_user u ON u.id = s.user_id
  WHERE s.token_hash = $1 AND ${SESSION_LIVE}`;

/**
 * The viewers behind sessions that open sockets hold, read again for every live event and by the sweep of all
 * of a process's sockets. It never touches last_seen_at: an open socket is not activity.
 */
const VIEWERS_BY_SESSION_SQL = `SELECT ${VIEWER_COLUMNS}
   FROM user_session s JOIN app_user u ON u.id = s.user_id
  WHERE s.id = ANY($1::uuid[]) AND ${SESSION_LIVE}`;

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
    // Who someone is comes before which panels they may see: their memberships and agency are read in every panel.
    const rows = await runAsSystem(() =>
      queryPrepared<ViewerRow & { stale: boolean }>(this.dataSource, 'viewer_for_session', VIEWER_SQL, [
        hashToken(token),
        SESSION_TIMEOUTS.inactivityMinutes,
        SESSION_TIMEOUTS.absoluteHours,
        TOUCH_EVERY_SECONDS,
      ]),
    );
    const row = rows[0];
    if (!row) return null;
    if (row.stale) {
      await this.dataSource.query(`UPDATE user_session SET last_seen_at = now() WHERE id = $1`, [row.session_id]);
    }
    return toViewer(row);
  }

  /**
   * The current viewer of each session still live, by session id, in one statement whatever the number of
   * sessions; an ended, timed-out or disabled one is absent. Reading does not count as activity.
   */
  async viewersBySession(sessionIds: readonly string[]): Promise<Map<string, Viewer>> {
    if (!sessionIds.length) return new Map();
    const rows = await runAsSystem(() =>
      queryPrepared<ViewerRow>(this.dataSource, 'viewers_by_session', VIEWERS_BY_SESSION_SQL, [
        sessionIds,
        SESSION_TIMEOUTS.inactivityMinutes,
        SESSION_TIMEOUTS.absoluteHours,
      ]),
    );
    return new Map(rows.map((row) => [row.session_id, toViewer(row)]));
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

function toViewer(row: ViewerRow): Viewer {
  return {
    userId: row.user_id,
    sessionId: row.session_id,
    name: row.name,
    email: row.email,
    agencyId: row.agency_id,
    agencyAllowsPersonalData: row.agency_allows_personal_data,
    isAdmin: row.is_admin,
    mustChangePassword: row.must_change_password,
    memberships: row.memberships,
  };
}

interface ViewerRow {
  session_id: string;
  user_id: string;
  name: string;
  email: string;
  agency_id: string | null;
  agency_allows_personal_data: boolean;
  is_admin: boolean;
  must_change_password: boolean;
  memberships: Viewer['memberships'];
}
