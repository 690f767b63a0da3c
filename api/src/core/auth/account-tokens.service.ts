import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ACCOUNT_LINKS, ACCOUNT_LINK_PATHS } from '@sentinel/shared';
import { hashToken } from './session.service.js';

export type AccountTokenPurpose = 'INVITATION' | 'PASSWORD_RESET';

export interface IssuedToken {
  id: string;
  /** The token itself: it goes into the mail's link and nowhere else. */
  token: string;
  expiresAt: Date;
}

/** A random token (32 bytes, base64url) and the SHA-256 hash the database keeps in its place. */
export function newAccountToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

const LIFETIME: Record<AccountTokenPurpose, string> = {
  INVITATION: `${ACCOUNT_LINKS.invitationDays} days`,
  PASSWORD_RESET: `${ACCOUNT_LINKS.resetMinutes} minutes`,
};

/** The open link of a kind with a token's hash, whose person is not disabled. */
const OPEN_LINK = `SELECT t.id, t.user_id FROM account_token t JOIN app_user u ON u.id = t.user_id
  WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.expires_at > now() AND u.disabled_at IS NULL`;

/**
 * Single-use links sent by mail to open an account (an invitation) or to choose a new password (a reset). Only the
 * token's hash is stored. A link is open until it is used, it expires, or a newer link of the same kind replaces
 * it; a closed link is marked `used_at`, whichever of these closed it.
 */
@Injectable()
export class AccountTokensService {
  /** Issues a link, closing the person's earlier open links of the same kind. Takes the person's row lock. */
  async issue(m: EntityManager, purpose: AccountTokenPurpose, userId: string, createdBy: string | null): Promise<IssuedToken> {
    const made = newAccountToken();
    await m.query(`SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE`, [userId]);
    await m.query(`UPDATE account_token SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [userId, purpose]);
    const [row]: { id: string; expires_at: Date }[] = await m.query(
      `INSERT INTO account_token (purpose, user_id, token_hash, expires_at, created_by)
       VALUES ($1, $2, $3, now() + $4::interval, $5) RETURNING id, expires_at`,
      [purpose, userId, made.hash, LIFETIME[purpose], createdBy],
    );
    return { id: row.id, token: made.token, expiresAt: row.expires_at };
  }

  /**
   * The open link of this kind with this token, locked until the transaction ends, and its person, who must not be
   * disabled; null for a token that is unknown, used, expired or of a disabled person, which are not told apart.
   */
  async take(m: EntityManager, purpose: AccountTokenPurpose, token: string): Promise<{ id: string; userId: string } | null> {
    const rows: { id: string; user_id: string }[] = await m.query(`${OPEN_LINK} FOR UPDATE OF t`, [hashToken(token), purpose]);
    return rows[0] ? { id: rows[0].id, userId: rows[0].user_id } : null;
  }

  /** Whether the link could be taken now, read without a lock: a page asks before a password is chosen. */
  async isOpen(q: Pick<EntityManager, 'query'>, purpose: AccountTokenPurpose, token: string): Promise<boolean> {
    return (await q.query(OPEN_LINK, [hashToken(token), purpose])).length > 0;
  }

  /** Closes every open link of the person, of both kinds: a password set by one link leaves no other usable. */
  async closeAll(m: EntityManager, userId: string): Promise<void> {
    await m.query(`UPDATE account_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }
}

/** The link in the mail: the token goes in the fragment, which the browser never sends to a server. */
export function accountLink(publicUrl: string, purpose: AccountTokenPurpose, token: string): string {
  return `${publicUrl}${ACCOUNT_LINK_PATHS[purpose]}#${token}`;
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "Monday 14 December 2026 at 16:05", London time, as mail says when a link expires. */
export function londonWhen(at: Date): string {
  const parts = Object.fromEntries(LONDON.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year} at ${parts.hour}:${parts.minute}`;
}
