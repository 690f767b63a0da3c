import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { formatRecoveryCode, SECOND_FACTOR } from '@sentinel/shared';
import type { RequestContext, Viewer } from '../access/request-context.js';
import { sessionComplete } from '../access/second-factor-gate.js';
import { AuditService } from '../audit/audit.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { AppError } from '../errors/app-error.js';
import { verifyPassword } from './passwords.js';
import { decryptSecret, encryptSecret, hashRecoveryCode, newRecoveryCodes, secondFactorKey } from './second-factor-secrets.js';
import type { ConfirmSecondFactorInput, SecondFactorProofInput, VerifySecondFactorInput } from './second-factor.inputs.js';
import type { RecoveryCodesObject, SecondFactorEnrolmentObject, SecondFactorVerificationObject } from './second-factor.object.js';
import { SessionService } from './session.service.js';
import { SignInThrottleService } from './sign-in-throttle.service.js';
import { checkTotp, newTotpSecret, qrCodeSvg, totpUri } from './totp.js';

const WRONG_CODE = 'The code is not right. Enter the code your authenticator app shows now';
const REPLAYED_CODE = 'This code has already been used. Wait for your app to show a new code';
const WRONG_RECOVERY_CODE = 'The recovery code is not right, or it has been used. Check it and try again';

interface FactorRow {
  secret: string | null;
  last_step: string | null;
  pending_secret: string | null;
}

/**
 * Setting up an authenticator app, giving its codes (or a recovery code) to complete a sign-in, and new recovery
 * codes. Codes tried in a session are counted before they are checked: the fifth wrong one ends the session.
 */
@Injectable()
export class SecondFactorService {
  private readonly key: Buffer | null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottleService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = secondFactorKey(config.SECOND_FACTOR_KEY);
  }

  /** A new secret, kept aside until a code from it confirms it. Replacing an app already set up needs proof. */
  async start(ctx: RequestContext, proof: SecondFactorProofInput | null): Promise<SecondFactorEnrolmentObject> {
    const viewer = this.viewerOf(ctx);
    if (viewer.secondFactorEnrolled) {
      if (!sessionComplete(viewer)) throw AppError.secondFactorRequired();
      await this.prove(ctx, viewer, proof);
    }
    const secret = newTotpSecret();
    await this.dataSource.query(
      `INSERT INTO user_second_factor (user_id, pending_secret, pending_at) VALUES ($1, $2, now())
       ON CONFLICT (user_id) DO UPDATE SET pending_secret = EXCLUDED.pending_secret, pending_at = now(), updated_at = now()`,
      [viewer.userId, encryptSecret(this.requireKey(), viewer.userId, secret)],
    );
    const uri = totpUri(secret, viewer.email);
    return { secret, uri, qrCodeSvg: await qrCodeSvg(uri) };
  }

  /**
   * A code from the new app sets it up (replacing any other), proves the second factor for this session and gives
   * ten new recovery codes, shown this once. Other sessions, proved with the former app, end.
   */
  async confirm(ctx: RequestContext, input: ConfirmSecondFactorInput): Promise<RecoveryCodesObject> {
    const viewer = this.viewerOf(ctx);
    if (viewer.secondFactorEnrolled && !sessionComplete(viewer)) throw AppError.secondFactorRequired();
    const codes = newRecoveryCodes();
    await this.dataSource.transaction(async (m) => {
      const row = await this.lockFactor(m, viewer.userId);
      if (!row?.pending_secret) throw AppError.badInput('code', 'Start setting up your authenticator app again');
      const check = checkTotp(decryptSecret(this.requireKey(), viewer.userId, row.pending_secret), input.code.replace(/\s/g, ''), null);
      if (typeof check === 'string') throw AppError.badInput('code', `${WRONG_CODE}. Check the key in your app is the one on this page`);
      const replacing = row.secret !== null;
      await m.query(
        `UPDATE user_second_factor SET secret = pending_secret, enrolled_at = now(), last_step = $2, pending_secret = NULL, pending_at = NULL,
                updated_at = now() WHERE user_id = $1`,
        [viewer.userId, check.step],
      );
      await this.replaceRecoveryCodes(m, viewer.userId, codes);
      await this.markVerified(m, viewer.sessionId);
      if (replacing) await this.sessions.endAllForUser(m, viewer.userId, 'NEW_SECOND_FACTOR', viewer.sessionId);
      await this.audit.recordChange(m, ctx, {
        panelId: null,
        entityType: 'SecondFactor',
        entityId: viewer.userId,
        action: replacing ? 'UPDATE' : 'CREATE',
        before: replacing ? { app: 'previous' } : null,
        after: { app: replacing ? 'replaced' : 'enrolled', recoveryCodes: codes.length },
      });
    });
    return { codes: codes.map(formatRecoveryCode) };
  }

  /** Completes the session's sign-in with a code from the app or a recovery code (used up). */
  async verify(ctx: RequestContext, input: VerifySecondFactorInput): Promise<SecondFactorVerificationObject> {
    const viewer = this.viewerOf(ctx);
    if (!viewer.secondFactorEnrolled) throw AppError.badInput('code', 'Set up your authenticator app first');
    const recovery = input.recoveryCode?.trim();
    const code = input.code?.replace(/\s/g, '');
    if (!recovery && !code) throw AppError.badInput('code', 'Enter the 6-digit code from your authenticator app');
    if (viewer.secondFactorAt) return { verified: true, recoveryCodesLeft: null };
    const tries = await this.reserveTry(ctx, viewer);
    if (recovery) {
      const left = await this.dataSource.transaction(async (m) => {
        const left = await this.useRecoveryCode(m, viewer.userId, recovery);
        if (left === null) return null;
        await this.markVerified(m, viewer.sessionId);
        await this.audit.recordChange(m, ctx, {
          panelId: null,
          entityType: 'SecondFactor',
          entityId: viewer.userId,
          action: 'UPDATE',
          before: { recoveryCodesLeft: left + 1 },
          after: { recoveryCodesLeft: left },
        });
        return left;
      });
      if (left === null) return this.wrongTry(ctx, viewer, tries, 'recoveryCode', WRONG_RECOVERY_CODE);
      await this.giveBackTry(viewer);
      return { verified: true, recoveryCodesLeft: left };
    }
    const outcome = await this.dataSource.transaction((m) => this.acceptCode(m, viewer.userId, code!, true, viewer.sessionId));
    if (outcome !== 'OK') return this.wrongTry(ctx, viewer, tries, 'code', outcome === 'REPLAYED' ? REPLAYED_CODE : WRONG_CODE);
    await this.giveBackTry(viewer);
    return { verified: true, recoveryCodesLeft: null };
  }

  /** Ten new recovery codes in place of the old ones, with the person's password or a code from their app. */
  async regenerateRecoveryCodes(ctx: RequestContext, proof: SecondFactorProofInput): Promise<RecoveryCodesObject> {
    const viewer = this.viewerOf(ctx);
    if (!viewer.secondFactorEnrolled) throw AppError.badInput('code', 'Set up your authenticator app first');
    await this.prove(ctx, viewer, proof);
    const codes = newRecoveryCodes();
    await this.dataSource.transaction(async (m) => {
      await this.replaceRecoveryCodes(m, viewer.userId, codes);
      await this.audit.recordChange(m, ctx, {
        panelId: null,
        entityType: 'SecondFactor',
        entityId: viewer.userId,
        action: 'UPDATE',
        before: { recoveryCodes: 'previous' },
        after: { recoveryCodes: 'regenerated' },
      });
    });
    return { codes: codes.map(formatRecoveryCode) };
  }

  /** The person's password, or a code from their app, counted against the same limits as elsewhere. */
  private async prove(ctx: RequestContext, viewer: Viewer, proof: SecondFactorProofInput | null): Promise<void> {
    const code = proof?.code?.replace(/\s/g, '');
    if (code) {
      const tries = await this.reserveTry(ctx, viewer);
      const outcome = await this.dataSource.transaction((m) => this.acceptCode(m, viewer.userId, code, false, viewer.sessionId));
      if (outcome !== 'OK') await this.wrongTry(ctx, viewer, tries, 'code', outcome === 'REPLAYED' ? REPLAYED_CODE : WRONG_CODE);
      await this.giveBackTry(viewer);
      return;
    }
    if (!proof?.currentPassword) throw AppError.badInput('currentPassword', 'Enter your password, or a code from your authenticator app');
    const attemptId = await this.throttle.reservePasswordChange(viewer.userId);
    if (attemptId === null) throw new AppError('RATE_LIMITED', 'Your password was wrong too many times. Wait 15 minutes, then try again.');
    const rows: { password_hash: string | null }[] = await this.dataSource.query(`SELECT password_hash FROM app_user WHERE id = $1`, [viewer.userId]);
    if (!rows[0]?.password_hash || !(await verifyPassword(rows[0].password_hash, proof.currentPassword))) {
      throw AppError.badInput('currentPassword', 'Your password is not right');
    }
    await this.dataSource.transaction((m) => this.throttle.passwordChangeSucceeded(m, attemptId));
  }

  /** Checks a code against the enrolled secret; a right one moves the last step on (and may complete the session). */
  private async acceptCode(
    m: EntityManager,
    userId: string,
    code: string,
    completes: boolean,
    sessionId: string,
  ): Promise<'OK' | 'WRONG' | 'REPLAYED'> {
    const row = await this.lockFactor(m, userId);
    if (!row?.secret) return 'WRONG';
    const check = checkTotp(decryptSecret(this.requireKey(), userId, row.secret), code, row.last_step === null ? null : Number(row.last_step));
    if (typeof check === 'string') return check;
    await m.query(`UPDATE user_second_factor SET last_step = $2, updated_at = now() WHERE user_id = $1`, [userId, check.step]);
    if (completes) await this.markVerified(m, sessionId);
    return 'OK';
  }

  /** Uses a recovery code up; how many are left, or null when it is not one of the person's unused codes. */
  private async useRecoveryCode(m: EntityManager, userId: string, code: string): Promise<number | null> {
    // An UPDATE answers [rows, count] through TypeORM.
    const [, used]: [unknown, number] = await m.query(
      `UPDATE second_factor_recovery_code SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL`,
      [userId, hashRecoveryCode(code)],
    );
    if (!used) return null;
    const [{ n }]: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM second_factor_recovery_code WHERE user_id = $1 AND used_at IS NULL`,
      [userId],
    );
    return n;
  }

  private async replaceRecoveryCodes(m: EntityManager, userId: string, codes: string[]): Promise<void> {
    await m.query(`DELETE FROM second_factor_recovery_code WHERE user_id = $1`, [userId]);
    await m.query(`INSERT INTO second_factor_recovery_code (user_id, code_hash) SELECT $1, unnest($2::text[])`, [
      userId,
      codes.map(hashRecoveryCode),
    ]);
  }

  private async markVerified(m: EntityManager, sessionId: string): Promise<void> {
    await m.query(`UPDATE user_session SET second_factor_at = now() WHERE id = $1 AND second_factor_at IS NULL`, [sessionId]);
  }

  private async lockFactor(m: EntityManager, userId: string): Promise<FactorRow | undefined> {
    const rows: FactorRow[] = await m.query(`SELECT secret, last_step, pending_secret FROM user_second_factor WHERE user_id = $1 FOR UPDATE`, [
      userId,
    ]);
    return rows[0];
  }

  /**
   * Counts a try before the code is checked, so that codes sent at once cannot pass the limit. The try after the
   * last one allowed ends the session without being checked.
   */
  private async reserveTry(ctx: RequestContext, viewer: Viewer): Promise<number> {
    const [{ tries }]: { tries: number }[] = await this.dataSource.query(
      `INSERT INTO second_factor_attempt (session_id, tries) VALUES ($1, 1)
       ON CONFLICT (session_id) DO UPDATE SET tries = second_factor_attempt.tries + 1 RETURNING tries`,
      [viewer.sessionId],
    );
    if (tries > SECOND_FACTOR.maxWrongCodes) await this.endSessionAfterWrongCodes(ctx, viewer);
    return tries;
  }

  private async giveBackTry(viewer: Viewer): Promise<void> {
    await this.dataSource.query(`UPDATE second_factor_attempt SET tries = greatest(tries - 1, 0) WHERE session_id = $1`, [viewer.sessionId]);
  }

  private async wrongTry(ctx: RequestContext, viewer: Viewer, tries: number, field: string, message: string): Promise<never> {
    const left = SECOND_FACTOR.maxWrongCodes - tries;
    if (left <= 0) await this.endSessionAfterWrongCodes(ctx, viewer);
    const warning = left <= 2 ? `. You have ${left === 1 ? '1 more try' : `${left} more tries`} before you are signed out` : '';
    throw AppError.badInput(field, `${message}${warning}`);
  }

  /** As for wrong current passwords (AuthService): whoever keeps guessing may hold someone else's session. */
  private async endSessionAfterWrongCodes(ctx: RequestContext, viewer: Viewer): Promise<never> {
    await this.dataSource.transaction(async (m) => {
      if (await this.sessions.end(m, viewer.sessionId, 'WRONG_CODES')) {
        await this.audit.recordChange(m, ctx, { panelId: null, entityType: 'User', entityId: viewer.userId, action: 'SIGN_OUT' });
      }
    });
    if (ctx.req && ctx.res) this.sessions.clearCookie(ctx.req, ctx.res);
    ctx.viewer = null;
    throw new AppError('RATE_LIMITED', `The code was wrong ${SECOND_FACTOR.maxWrongCodes} times, so you have been signed out. Sign in again.`);
  }

  private viewerOf(ctx: RequestContext): Viewer {
    if (!ctx.viewer) throw AppError.unauthenticated();
    return ctx.viewer;
  }

  private requireKey(): Buffer {
    if (!this.key) throw new Error('SECOND_FACTOR_KEY is not set: authenticator secrets cannot be kept');
    return this.key;
  }
}
