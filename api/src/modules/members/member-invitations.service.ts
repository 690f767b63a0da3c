import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ACCOUNT_LINKS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { accountLink, AccountTokensService, londonWhen, type IssuedToken } from '../../core/auth/account-tokens.service.js';
import { MailService, type MailMessage } from '../../core/mail/mail.service.js';

/** Whether the person (the `app_user` row `u`) is still invited: no password set, and never signed in by single sign-on. */
export const invitedSql = (u: string) => `(${u}.password_hash IS NULL AND NOT EXISTS (SELECT 1 FROM user_session s WHERE s.user_id = ${u}.id))`;

/** Who the invited person asks for a new link: the panel's chair or coordinator, or (for a new panel's first chair) the administrator. */
export type InvitationResender = 'PANEL' | 'ADMINISTRATOR';

export interface Invitation extends IssuedToken {
  panelId: string;
  userId: string;
}

/**
 * Invitations to set a password, sent to a member who has none yet: when they are added, and again on request.
 * A new invitation closes the earlier open ones. Its mail is kept in the panel's mail log.
 */
@Injectable()
export class MemberInvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokensService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  /** Within the caller's transaction: the link, and its audit row under the panel. */
  async issue(m: EntityManager, ctx: RequestContext, panelId: string, userId: string): Promise<Invitation> {
    const issued = await this.tokens.issue(m, 'INVITATION', userId, ctx.viewer?.userId ?? null);
    await this.audit.recordChange(m, ctx, {
      panelId,
      entityType: 'AccountToken',
      entityId: issued.id,
      action: 'CREATE',
      after: { purpose: 'INVITATION', userId, expiresAt: issued.expiresAt.toISOString() },
    });
    return { ...issued, panelId, userId };
  }

  /** After the transaction: the mail says who invited them, to which panel, and when the link expires. Whether it went. */
  async send(
    ctx: RequestContext,
    invitation: Invitation,
    to: { name: string; email: string },
    resentBy: InvitationResender = 'PANEL',
  ): Promise<boolean> {
    const [panel]: { name: string }[] = await this.dataSource.query(`SELECT name FROM panel WHERE id = $1`, [invitation.panelId]);
    const [outcome] = await this.mail.sendAll([invitationMail(this.mail.publicUrl, invitation, to, panel.name, ctx.viewer?.name ?? null, resentBy)]);
    return outcome === 'SENT';
  }
}

/** The invitation: who invited them, to which panel, and when the link expires; the token only in the link. */
export function invitationMail(
  publicUrl: string,
  invitation: Invitation,
  to: { name: string; email: string },
  panelName: string,
  inviter: string | null,
  resentBy: InvitationResender = 'PANEL',
): MailMessage {
  return {
    panelId: invitation.panelId,
    kind: 'ACCOUNT_INVITATION',
    to: to.email,
    subject: `You are invited to ${panelName} on Sentinel`,
    lines: [
      `Hello ${to.name},`,
      '',
      `${inviter ?? 'A system administrator'} has invited you to join ${panelName} on Sentinel.`,
      'Use the link below to set your password. You will then be signed in.',
      'If your organisation is listed on that page, you can sign in with your work account instead.',
      `The link works once, and expires in ${ACCOUNT_LINKS.invitationDays} days, on ${londonWhen(invitation.expiresAt)}.`,
      resentBy === 'PANEL'
        ? `If it has expired, ask the panel's chair or coordinator to send you a new invitation.`
        : 'If it has expired, ask the system administrator who created the panel to send you a new invitation.',
    ],
    link: { href: accountLink(publicUrl, 'INVITATION', invitation.token), label: 'Set your password' },
  };
}
