import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { adminPanelPermissions, grantedPermissions, REGION_ROLE_PERMISSIONS, SIGN_IN_THROTTLE, type RegionKind } from '@sentinel/shared';
import type { RequestContext, Viewer } from '../access/request-context.js';
import { secondFactorState } from '../access/second-factor-gate.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../errors/app-error.js';
import type { ChangePasswordInput, SignInInput } from './auth.inputs.js';
import { assertAcceptablePassword, dummyPasswordHash, hashPassword, verifyPassword } from './passwords.js';
import { SessionService } from './session.service.js';
import { PASSWORD_CHANGE_THROTTLE, SignInThrottleService } from './sign-in-throttle.service.js';
import type { ViewerObject } from './viewer.object.js';

const WRONG_CREDENTIALS = 'Enter a correct email address and password';

/**
 * The wrong-password answer, warning when the account is near its lock. It is the same for an email that names no
 * one: tries are counted per email typed, so the warning tells nothing about who has an account.
 */
function wrongCredentials(triesLeft: number): string {
  if (triesLeft === 0) {
    return `${WRONG_CREDENTIALS}. This account is now locked for ${SIGN_IN_THROTTLE.windowMinutes} minutes.`;
  }
  if (triesLeft > SIGN_IN_THROTTLE.warnWhenLeft) return WRONG_CREDENTIALS;
  const tries = triesLeft === 1 ? '1 more try' : `${triesLeft} more tries`;
  return `${WRONG_CREDENTIALS}. You have ${tries} before this account is locked for ${SIGN_IN_THROTTLE.windowMinutes} minutes.`;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottleService,
    private readonly audit: AuditService,
  ) {}

  async signIn(ctx: RequestContext, input: SignInInput): Promise<ViewerObject> {
    const email = input.email.trim().toLowerCase();
    const attempt = await this.throttle.reserveSignIn(email, ctx.ip);
    const rows: { id: string; password_hash: string | null; disabled_at: Date | null }[] = await this.dataSource.query(
      `SELECT id, password_hash, disabled_at FROM app_user WHERE lower(email) = $1`,
      [email],
    );
    const user = rows[0];
    const hash = user?.password_hash ?? (await dummyPasswordHash());
    const passwordOk = await verifyPassword(hash, input.password);
    const ok = Boolean(user && user.password_hash && !user.disabled_at && passwordOk);
    if (!ok) throw new AppError('UNAUTHENTICATED', wrongCredentials(attempt.triesLeft));

    const { token } = await this.dataSource.transaction(async (m) => {
      await this.throttle.signInSucceeded(m, attempt.id);
      const session = await this.sessions.create(m, user.id);
      await this.audit.recordChange(
        m,
        { ...ctx, viewer: null },
        {
          panelId: null,
          entityType: 'User',
          entityId: user.id,
          action: 'SIGN_IN',
        },
      );
      return session;
    });
    return this.signedIn(ctx, token);
  }

  /** Sets the cookie of a session just started and answers its viewer, who is the request's viewer from now on. */
  async signedIn(ctx: RequestContext, token: string): Promise<ViewerObject> {
    if (ctx.req && ctx.res) this.sessions.setCookie(ctx.req, ctx.res, token);
    const viewer = await this.sessions.viewerFor(token);
    if (!viewer) throw AppError.unauthenticated();
    ctx.viewer = viewer;
    return this.toViewerObject(viewer);
  }

  async signOut(ctx: RequestContext): Promise<boolean> {
    const viewer = ctx.viewer;
    if (viewer) {
      await this.dataSource.transaction(async (m) => {
        await this.sessions.end(m, viewer.sessionId, 'SIGNED_OUT');
        await this.audit.recordChange(m, ctx, { panelId: null, entityType: 'User', entityId: viewer.userId, action: 'SIGN_OUT' });
      });
    }
    if (ctx.req && ctx.res) this.sessions.clearCookie(ctx.req, ctx.res);
    ctx.viewer = null;
    return true;
  }

  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<boolean> {
    const viewer = ctx.viewer;
    if (!viewer) throw AppError.unauthenticated();
    // What can be told without the current password is told first: a refused new password uses up no guess.
    assertAcceptablePassword(input.newPassword, 'newPassword');
    if (input.newPassword === input.currentPassword) {
      throw AppError.badInput('newPassword', 'Your new password must be different from your current one');
    }
    const attemptId = await this.throttle.reservePasswordChange(viewer.userId);
    if (attemptId === null) return this.endSessionAfterWrongPasswords(ctx, viewer);
    const rows: { password_hash: string | null }[] = await this.dataSource.query(`SELECT password_hash FROM app_user WHERE id = $1`, [viewer.userId]);
    if (!rows[0]?.password_hash || !(await verifyPassword(rows[0].password_hash, input.currentPassword))) {
      throw AppError.badInput('currentPassword', 'Your current password is not right');
    }
    const hash = await hashPassword(input.newPassword);
    await this.dataSource.transaction(async (m) => {
      await this.throttle.passwordChangeSucceeded(m, attemptId);
      await m.query(`UPDATE app_user SET password_hash = $2, updated_at = now(), version = version + 1 WHERE id = $1`, [viewer.userId, hash]);
      await this.sessions.endAllForUser(m, viewer.userId, 'PASSWORD_CHANGED', viewer.sessionId);
      await this.audit.recordChange(m, ctx, {
        panelId: null,
        entityType: 'User',
        entityId: viewer.userId,
        action: 'UPDATE',
        before: { password: null },
        after: { password: 'changed' },
      });
    });
    return true;
  }

  /**
   * Whoever has used up the wrong current passwords may be holding someone else's session: it ends, so a stolen
   * session cannot keep guessing. The person signs in again and may change their password once the window passes.
   */
  private async endSessionAfterWrongPasswords(ctx: RequestContext, viewer: Viewer): Promise<never> {
    await this.dataSource.transaction(async (m) => {
      if (await this.sessions.end(m, viewer.sessionId, 'WRONG_PASSWORDS')) {
        await this.audit.recordChange(m, ctx, { panelId: null, entityType: 'User', entityId: viewer.userId, action: 'SIGN_OUT' });
      }
    });
    if (ctx.req && ctx.res) this.sessions.clearCookie(ctx.req, ctx.res);
    ctx.viewer = null;
    throw new AppError(
      'RATE_LIMITED',
      `Your current password was wrong ${PASSWORD_CHANGE_THROTTLE.maxFailures} times, so you have been signed out. ` +
        `Sign in again, and wait ${PASSWORD_CHANGE_THROTTLE.windowMinutes} minutes before you change your password.`,
    );
  }

  viewer(ctx: RequestContext): Promise<ViewerObject> {
    if (!ctx.viewer) throw AppError.unauthenticated();
    return this.toViewerObject(ctx.viewer);
  }

  /** A system administrator runs every panel's members and agencies: panels they are not a member of are listed with no role. */
  private async toViewerObject(viewer: Viewer): Promise<ViewerObject> {
    const object = viewerObject(viewer);
    if (viewer.regions.length) object.regions = await this.regionsOf(viewer);
    if (!viewer.isAdmin) return object;
    const member = new Set(viewer.memberships.map((m) => m.panelId));
    const panels: { id: string }[] = await this.dataSource.query(`SELECT id FROM panel WHERE disabled_at IS NULL ORDER BY name LIMIT 500`);
    for (const { id } of panels) {
      if (!member.has(id))
        object.memberships.push({ panelId: id, role: null, permissions: adminPanelPermissions(null, viewer.agencyAllowsPersonalData) });
    }
    return object;
  }

  /** The regions the person works in, named (regions belong to no panel, so no scope hides them). */
  private async regionsOf(viewer: Viewer): Promise<ViewerObject['regions']> {
    const rows: { id: string; name: string; kind: RegionKind }[] = await this.dataSource.query(
      `SELECT id, name, kind FROM region WHERE id = ANY($1::uuid[]) ORDER BY lower(name), id`,
      [viewer.regions.map((r) => r.regionId)],
    );
    return rows.map((r) => {
      const role = viewer.regions.find((x) => x.regionId === r.id)!.role;
      return { regionId: r.id, name: r.name, kind: r.kind, role, permissions: [...REGION_ROLE_PERMISSIONS[role]] };
    });
  }
}

function viewerObject(viewer: Viewer): ViewerObject {
  return {
    id: viewer.userId,
    name: viewer.name,
    email: viewer.email,
    agencyId: viewer.agencyId,
    isAdmin: viewer.isAdmin,
    memberships: viewer.memberships.map((m) => ({
      panelId: m.panelId,
      role: m.role,
      permissions: viewer.isAdmin
        ? adminPanelPermissions(m.role, viewer.agencyAllowsPersonalData)
        : grantedPermissions(m.role, viewer.agencyAllowsPersonalData),
    })),
    regions: [],
    secondFactor: secondFactorState(viewer),
  };
}
