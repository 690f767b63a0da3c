import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ACCOUNT_LINKS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { accountLink, AccountTokensService, londonWhen, type IssuedToken } from '../../core/auth/account-tokens.service.js';
import { MailService } from '../../core/mail/mail.service.js';

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
  async send(ctx: RequestContext, invitation: Invitation, to: { name: string; email: string }): Promise<boolean> {
    const [panel]: { name: string }[] = await this.dataSource.query(`SELECT name FROM panel WHERE id = $1`, [invitation.panelId]);
    const inviter = ctx.viewer?.name ?? 'A system administrator';
    const [outcome] = await this.mail.sendAll([
      {
        panelId: invitation.panelId,
        kind: 'ACCOUNT_INVITATION',
        to: to.email,
        subject: `You are invited to ${panel.name} on Sentinel`,
        lines: [
          `Hello ${to.name},`,
          '',
          `${inviter} has invited you to join ${panel.name} on Sentinel.`,
          'Use the link below to set your password. You will then be signed in.',
          `The link works once, and expires in ${ACCOUNT_LINKS.invitationDays} days, on ${londonWhen(invitation.expiresAt)}.`,
          `If it has expired, ask the panel's chair or coordinator to send you a new invitation.`,
        ],
        link: { href: accountLink(this.mail.publicUrl, 'INVITATION', invitation.token), label: 'Set your password' },
      },
    ]);
    return outcome === 'SENT';
  }
}
