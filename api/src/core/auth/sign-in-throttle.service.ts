import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { addressDelaySeconds, SIGN_IN_THROTTLE } from '@sentinel/shared';
import { AppError } from '../errors/app-error.js';

/** A signed-in person may get their current password wrong this often in the window before changing it is refused. */
export const PASSWORD_CHANGE_THROTTLE = { maxFailures: 5, windowMinutes: 15 } as const;

export interface SignInReservation {
  id: string;
  /** Wrong passwords the account may still take, after this attempt, before it is locked. */
  triesLeft: number;
}

interface AttemptsSeen {
  account_failures: number;
  account_oldest: Date | null;
  address_failures: number;
  address_idle_seconds: number | null;
}

const CLOCK = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });

/** "14:05", London time: when a locked account may try again. */
function londonClock(at: Date): string {
  return CLOCK.format(new Date(Math.ceil(at.getTime() / 60_000) * 60_000));
}

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
   * Reserves one of the failures allowed for the account in the window, or throws RATE_LIMITED when the account is
   * locked or its address must wait (`SIGN_IN_THROTTLE`). Gives the attempt's id, for `signInSucceeded`, and how many
   * more wrong passwords the account may take before it is locked, counting this attempt as one.
   */
  async reserveSignIn(email: string, ip: string): Promise<SignInReservation> {
    const key = emailKey(email);
    const address = ip.slice(0, 64);
    const { windowMinutes, maxFailures } = SIGN_IN_THROTTLE;
    const outcome = await this.dataSource.transaction(async (m): Promise<SignInReservation | { locked: Date } | { wait: number }> => {
      // Always the account, then the address: two sign-ins never wait on each other's locks in opposite order.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('sign-in-account:' || $1))`, [key]);
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('sign-in-address:' || $1))`, [address]);
      const [seen]: AttemptsSeen[] = await m.query(
        `SELECT (SELECT count(*)::int FROM sign_in_attempt
                  WHERE email_key = $1::bpchar AND NOT succeeded AND at > now() - make_interval(mins => $3)) AS account_failures,
                (SELECT min(at) FROM sign_in_attempt
                  WHERE email_key = $1::bpchar AND NOT succeeded AND at > now() - make_interval(mins => $3)) AS account_oldest,
                (SELECT count(*)::int FROM sign_in_attempt
                  WHERE ip = $2::varchar AND NOT succeeded AND at > now() - make_interval(mins => $3)) AS address_failures,
                (SELECT extract(epoch FROM now() - max(at))::float8 FROM sign_in_attempt
                  WHERE ip = $2::varchar AND NOT succeeded AND at > now() - make_interval(mins => $3)) AS address_idle_seconds`,
        [key, address, windowMinutes],
      );
      if (seen.account_failures >= maxFailures) return { locked: new Date(seen.account_oldest!.getTime() + windowMinutes * 60_000) };
      const wait = addressDelaySeconds(seen.address_failures) - (seen.address_idle_seconds ?? Infinity);
      if (wait > 0) return { wait: Math.ceil(wait) };
      const rows: { id: string }[] = await m.query(`INSERT INTO sign_in_attempt (email_key, ip, succeeded) VALUES ($1, $2, false) RETURNING id`, [
        key,
        address,
      ]);
      return { id: rows[0].id, triesLeft: maxFailures - seen.account_failures - 1 };
    });
    if ('locked' in outcome) {
      throw new AppError(
        'RATE_LIMITED',
        `This account is locked after ${maxFailures} wrong passwords. Try again after ${londonClock(outcome.locked)}.`,
      );
    }
    if ('wait' in outcome) {
      throw new AppError(
        'RATE_LIMITED',
        `Too many failed sign-ins from your network. Wait ${outcome.wait} ${outcome.wait === 1 ? 'second' : 'seconds'}, then try again.`,
      );
    }
    return outcome;
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
