import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SIGN_IN_THROTTLE } from '@sentinel/shared';
import { AppError } from '../errors/app-error.js';

export function emailKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

/** After 10 failed sign-ins in 15 minutes for one account or from one address, sign-in is refused. */
@Injectable()
export class SignInThrottleService {
  async assertAllowed(manager: EntityManager, email: string, ip: string): Promise<void> {
    const rows: { by_email: number; by_ip: number }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE email_key = $1)::int AS by_email,
              count(*) FILTER (WHERE ip = $2)::int AS by_ip
         FROM sign_in_attempt
        WHERE NOT succeeded AND at > now() - make_interval(mins => $3) AND (email_key = $1 OR ip = $2)`,
      [emailKey(email), ip, SIGN_IN_THROTTLE.windowMinutes],
    );
    const { by_email, by_ip } = rows[0];
    if (by_email >= SIGN_IN_THROTTLE.maxFailures || by_ip >= SIGN_IN_THROTTLE.maxFailures) {
      throw new AppError(
        'RATE_LIMITED',
        `Too many failed sign-in attempts. Wait ${SIGN_IN_THROTTLE.windowMinutes} minutes, then try again.`,
      );
    }
  }

  async record(manager: EntityManager, email: string, ip: string, succeeded: boolean): Promise<void> {
    await manager.query(`INSERT INTO sign_in_attempt (email_key, ip, succeeded) VALUES ($1, $2, $3)`, [
      emailKey(email),
      ip.slice(0, 64),
      succeeded,
    ]);
  }
}
