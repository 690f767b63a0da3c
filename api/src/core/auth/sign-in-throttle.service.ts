import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { SIGN_IN_THROTTLE } from '@sentinel/shared';
import { AppError } from '../errors/app-error.js';

/** A signed-in person may get their current password wrong this often in the window before changing it is refused. */
export const PASSWORD_CHANGE_THROTTLE = { maxFailures: 5, windowMinutes: 15 } as const;

export function emailKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

/**
 * Limits password guessing. An attempt is reserved, as a failure, before its password is checked, and only a
 * right password turns it into a success; so concurrent guesses cannot all pass a count taken before any of
 * them is written. Reservations for one key queue on a transaction-level advisory lock: the count that decides
 * sees every reservation made before it. Refused attempts are not written, so the window keeps sliding.
 */
@Injectable()
export class SignInThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Reserves one of the 10 failures allowed in 15 minutes for the account and for the address, or throws
   * RATE_LIMITED. Gives the attempt's id, for `signInSucceeded`.
   */
  async reserveSignIn(email: string, ip: string): Promise<string> {
    const key = emailKey(email);
    const address = ip.slice(0, 64);
    const id = await this.dataSource.transaction(async (m) => {
      // Always the account, then the address: two sign-ins never wait on each other's locks in opposite order.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('sign-in-account:' || $1))`, [key]);
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('sign-in-address:' || $1))`, [address]);
      const rows: { id: string }[] = await m.query(
        `INSERT INTO sign_in_attempt (email_key, ip, succeeded)
         SELECT $1::bpchar, $2::varchar, false
          WHERE (SELECT count(*) FROM sign_in_attempt
                  WHERE email_key = $1::bpchar AND NOT succeeded AND at > now() - make_interval(mins => $3)) < $4
            AND (SELECT count(*) FROM sign_in_attempt
                  WHERE ip = $2::varchar AND NOT succeeded AND at > now() - make_interval(mins => $3)) < $4
         RETURNING id`,
        [key, address, SIGN_IN_THROTTLE.windowMinutes, SIGN_IN_THROTTLE.maxFailures],
      );
      return rows[0]?.id ?? null;
    });
    if (id === null) {
      throw new AppError('RATE_LIMITED', `Too many failed sign-in attempts. Wait ${SIGN_IN_THROTTLE.windowMinutes} minutes, then try again.`);
    }
    return id;
  }

  async signInSucceeded(manager: EntityManager, attemptId: string): Promise<void> {
    await manager.query(`UPDATE sign_in_attempt SET succeeded = true WHERE id = $1`, [attemptId]);
  }

  /**
   * Reserves one of the 5 wrong current passwords allowed in 15 minutes for a user's password change. Gives the
   * attempt's id, for `passwordChangeSucceeded`, or null when the user has used them all.
   */
  async reservePasswordChange(userId: string): Promise<string | null> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('password-change:' || $1))`, [userId]);
      const rows: { id: string }[] = await m.query(
        `INSERT INTO password_change_attempt (user_id, succeeded)
         SELECT $1::uuid, false
          WHERE (SELECT count(*) FROM password_change_attempt
                  WHERE user_id = $1::uuid AND NOT succeeded AND at > now() - make_interval(mins => $2)) < $3
         RETURNING id`,
        [userId, PASSWORD_CHANGE_THROTTLE.windowMinutes, PASSWORD_CHANGE_THROTTLE.maxFailures],
      );
      return rows[0]?.id ?? null;
    });
  }

  async passwordChangeSucceeded(manager: EntityManager, attemptId: string): Promise<void> {
    await manager.query(`UPDATE password_change_attempt SET succeeded = true WHERE id = $1`, [attemptId]);
  }
}
