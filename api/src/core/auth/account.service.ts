import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ACCOUNT_LINK_REFUSED, ACCOUNT_LINKS, PASSWORD_RESET_THROTTLE } from '@sentinel/shared';
import type { RequestContext } from '../access/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { runAsSystem } from '../database/panel-scope.js';
import { AppError } from '../errors/app-error.js';
import { MailService, type MailMessage } from '../mail/mail.service.js';
import type { AccountLinkInput, RequestPasswordResetInput, SetPasswordByLinkInput } from './account.inputs.js';
import { accountLink, AccountTokensService, londonWhen, type AccountTokenPurpose } from './account-tokens.service.js';
import { AuthService } from './auth.service.js';
import { assertAcceptablePassword, hashPassword } from './passwords.js';
import { SessionService } from './session.service.js';
import { emailKey } from './sign-in-throttle.service.js';
import type { ViewerObject } from './viewer.object.js';

export interface ResetTarget {
  name: string;
  email: string;
  token: string;
  expiresAt: Date;
}

/**
 * Setting a password with a link from an invitation or a reset mail, and asking for a reset link. A link that is
 * unknown, used, expired or of a disabled person gets one answer; a request for a reset link gets one answer
 * whether or not the address has an account, after the same work, and its mail leaves after the answer.
 */
@Injectable()
export class AccountService implements OnApplicationShutdown {
  private readonly logger = new Logger('Account');
  /** Reset links still being issued and mailed: waited for at shutdown. */
  private readonly outgoing = new Set<Promise<void>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokensService,
    private readonly sessions: SessionService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  /** Asked by a link's page as it opens, so a closed link is told before anyone chooses a password for it. */
  async linkOpen(input: AccountLinkInput): Promise<boolean> {
    if (!input.token) return false;
    return this.tokens.isOpen(this.dataSource, input.kind, input.token);
  }

  acceptInvitation(ctx: RequestContext, input: SetPasswordByLinkInput): Promise<ViewerObject> {
    return this.setPassword(ctx, 'INVITATION', input);
  }

  resetPassword(ctx: RequestContext, input: SetPasswordByLinkInput): Promise<ViewerObject> {
    return this.setPassword(ctx, 'PASSWORD_RESET', input);
  }

  /**
   * Sets the password, closes every open link of the person, and signs them in with a new session. A reset also
   * ends every other session of theirs: whoever knew the old password is signed out.
   */
  private async setPassword(ctx: RequestContext, purpose: AccountTokenPurpose, input: SetPasswordByLinkInput): Promise<ViewerObject> {
    // A link that cannot be used is told first: there is no point choosing a password for it.
    if (!(await this.tokens.isOpen(this.dataSource, purpose, input.token))) throw refused();
    assertAcceptablePassword(input.newPassword, 'newPassword');
    const hash = await hashPassword(input.newPassword);
    const token = await this.dataSource.transaction(async (m) => {
      // Taken again, locked: of two uses of one link at once, the second finds it closed.
      const link = await this.tokens.take(m, purpose, input.token);
      if (!link) throw refused();
      const [before]: { had_password: boolean }[] = await m.query(`SELECT password_hash IS NOT NULL AS had_password FROM app_user WHERE id = $1`, [
        link.userId,
      ]);
      await m.query(`UPDATE app_user SET password_hash = $2, updated_at = now(), version = version + 1 WHERE id = $1`, [link.userId, hash]);
      await this.tokens.closeAll(m, link.userId);
      if (purpose === 'PASSWORD_RESET') await this.sessions.endAllForUser(m, link.userId, 'PASSWORD_CHANGED');
      const anonymous = { ...ctx, viewer: null };
      await this.audit.recordChange(m, anonymous, {
        panelId: null,
        entityType: 'User',
        entityId: link.userId,
        action: 'UPDATE',
        before: { password: before.had_password ? 'set' : null },
        after: { password: purpose === 'INVITATION' ? 'set from invitation' : 'set from reset link', accountToken: link.id },
      });
      const session = await this.sessions.create(m, link.userId, 'PASSWORD');
      await this.audit.recordChange(m, anonymous, { panelId: null, entityType: 'User', entityId: link.userId, action: 'SIGN_IN' });
      return session.token;
    });
    return this.auth.signedIn(ctx, token);
  }

  /**
   * Always the same answer, after the same work either way: the request is counted against the address of origin and
   * the email, and the answer goes. Only then, after the answer, is it looked up whether the email has an account, a
   * link issued and mailed: nothing that depends on the account happens before the answer, so its timing tells
   * nothing (`npm run bench:reset` measures both). Nothing here writes the address, or whether it has an account, to
   * the process log.
   */
  async requestPasswordReset(ctx: RequestContext, input: RequestPasswordResetInput): Promise<boolean> {
    const email = input.email.trim().toLowerCase();
    const key = emailKey(email);
    const ip = ctx.ip.slice(0, 64);
    const { ipWindowMinutes: windowMinutes, requestsPerIp: limit } = PASSWORD_RESET_THROTTLE;
    const outcome = await this.dataSource.transaction(async (m): Promise<'LIMITED' | 'MAIL' | 'ENOUGH_MAIL'> => {
      // Always the client address, then the email: two requests never wait on each other's locks in opposite order.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('password-reset-address:' || $1))`, [ip]);
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('password-reset-account:' || $1))`, [key]);
      const [seen]: { from_ip: number; for_email: number }[] = await m.query(
        `SELECT (SELECT count(*)::int FROM password_reset_request WHERE ip = $1 AND at > now() - make_interval(mins => $3)) AS from_ip,
                (SELECT count(*)::int FROM password_reset_request WHERE email_key = $2::bpchar AND at > now() - make_interval(mins => $4)) AS for_email`,
        [ip, key, windowMinutes, PASSWORD_RESET_THROTTLE.addressWindowMinutes],
      );
      if (seen.from_ip >= limit) return 'LIMITED';
      await m.query(`INSERT INTO password_reset_request (email_key, ip) VALUES ($1, $2)`, [key, ip]);
      return seen.for_email >= PASSWORD_RESET_THROTTLE.mailsPerAddress ? 'ENOUGH_MAIL' : 'MAIL';
    });
    if (outcome === 'LIMITED') {
      throw new AppError('RATE_LIMITED', `Too many requests to reset a password from your network. Wait ${windowMinutes} minutes, then try again.`);
    }
    if (outcome === 'MAIL') this.later(() => this.issueReset(ctx, email));
    return true;
  }

  /** After the answer: a link for the account of that email, if there is one that can sign in, audited and mailed. */
  private async issueReset(ctx: RequestContext, email: string): Promise<void> {
    const target = await this.dataSource.transaction(async (m): Promise<ResetTarget | null> => {
      const [user]: { id: string; name: string; email: string; disabled_at: Date | null }[] = await m.query(
        `SELECT id, name, email, disabled_at FROM app_user WHERE lower(email) = $1`,
        [email],
      );
      if (!user || user.disabled_at) return null;
      const issued = await this.tokens.issue(m, 'PASSWORD_RESET', user.id, null);
      await this.audit.recordChange(
        m,
        { ...ctx, viewer: null },
        { panelId: null, entityType: 'AccountToken', entityId: issued.id, action: 'CREATE', after: { purpose: 'PASSWORD_RESET', userId: user.id } },
      );
      return { name: user.name, email: user.email, token: issued.token, expiresAt: issued.expiresAt };
    });
    if (target) await this.sendReset(target);
  }

  /** A reset belongs to no panel: its mail is kept in the mail log with no panel, which no panel's log shows. */
  private async sendReset(target: ResetTarget): Promise<void> {
    await runAsSystem(() => this.mail.sendAll([passwordResetMail(this.mail.publicUrl, target)]));
  }

  private later(work: () => Promise<void>): void {
    const sending = new Promise<void>((resolve) => setImmediate(resolve))
      .then(work)
      // Said without the address: the log must not tell which addresses have accounts.
      .catch(() => this.logger.error('An account message could not be sent or recorded'))
      .finally(() => this.outgoing.delete(sending));
    this.outgoing.add(sending);
  }

  /** Resolves when every reset link asked for so far has been issued, sent and recorded (for tests and shutdown). */
  async settled(): Promise<void> {
    while (this.outgoing.size) await Promise.all([...this.outgoing]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.settled();
  }
}

/** The reset link, how long it lasts, and what to do if the person did not ask for it. */
export function passwordResetMail(publicUrl: string, target: ResetTarget): MailMessage {
  return {
    panelId: null,
    kind: 'PASSWORD_RESET',
    to: target.email,
    subject: 'Reset your Sentinel password',
    lines: [
      `Hello ${target.name},`,
      '',
      'Someone asked to reset the password of your Sentinel account. If it was you, use the link below to choose a new password.',
      `The link works once, for ${ACCOUNT_LINKS.resetMinutes} minutes: it expires on ${londonWhen(target.expiresAt)}.`,
      'Choosing a new password signs you out everywhere else.',
      '',
      'If you did not ask for this, ignore this message: your password has not changed.',
    ],
    link: { href: accountLink(publicUrl, 'PASSWORD_RESET', target.token), label: 'Reset your password' },
  };
}

function refused(): AppError {
  return new AppError(
    'NOT_FOUND',
    `${ACCOUNT_LINK_REFUSED}. Ask your panel's chair or coordinator to send you a new invitation, or ask for a new reset link.`,
  );
}
