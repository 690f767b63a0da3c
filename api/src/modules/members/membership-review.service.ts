import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MEMBERSHIP_REVIEW, PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { AuditService } from '../../core/audit/audit.service.js';
import { AppError } from '../../core/errors/app-error.js';
import { MailService } from '../../core/mail/mail.service.js';
import type { ConfirmMemberAccessInput } from './membership-review.inputs.js';
import { reviewClosedMail, reviewOpenedMail } from './membership-review-mail.js';
import type { MembershipReviewObject } from './membership-review.objects.js';

/**
 * A member still to confirm in a panel's open review `r`: active, not a chair, on the panel before the review
 * opened and not confirmed since. The one definition the list, the count and the closing share.
 */
export const AWAITING_CONFIRMATION = `u.disabled_at IS NULL AND m.role <> 'CHAIR' AND NOT u.is_admin
  AND greatest(m.created_at, m.access_confirmed_at) < r.opened_at`;

interface ReviewRow {
  id: string;
  panel_id: string;
  opened_at: Date;
  closes_at: Date;
  awaiting: number;
}

export interface ReviewRunResult {
  opened: number;
  closed: number;
  disabled: number;
}

/**
 * The six-monthly membership review. A scheduled job opens a review for each panel whose last one opened six
 * months ago (or that is six months old and never had one) and mails its chairs; the chairs and coordinators
 * confirm members on the review page; the job closes a review 30 days on, disabling every member no one
 * confirmed (audited, their sessions ended) and telling the chairs how many. Both take the time as an argument.
 */
@Injectable()
export class MembershipReviewService {
  private readonly logger = new Logger('MembershipReview');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  /** The panel's open review, or null when none is open. */
  async current(ctx: RequestContext, panelId: string): Promise<MembershipReviewObject | null> {
    this.access.requirePanel(ctx, panelId, PERMISSIONS.MEMBER_MANAGE);
    const rows: ReviewRow[] = await this.dataSource.query(
      `SELECT r.id, r.panel_id, r.opened_at, r.closes_at,
              (SELECT count(*)::int FROM membership m JOIN app_user u ON u.id = m.user_id
                WHERE m.panel_id = r.panel_id AND ${AWAITING_CONFIRMATION}) AS awaiting
         FROM membership_review r WHERE r.panel_id = $1 AND r.closed_at IS NULL`,
      [panelId],
    );
    return rows[0] ? toReviewObject(rows[0]) : null;
  }

  /**
   * Confirms that members still need access, and so the confirming person too. Any member of the panel may be
   * confirmed at any time; one of another panel, or none, is NOT_FOUND. One transaction, a fixed number of
   * statements whatever the number of members.
   */
  async confirm(ctx: RequestContext, input: ConfirmMemberAccessInput): Promise<MembershipReviewObject | null> {
    const viewer = this.access.requirePanel(ctx, input.panelId, PERMISSIONS.MEMBER_MANAGE);
    const ids = [...new Set(input.membershipIds)];
    await this.dataSource.transaction(async (m) => {
      const [confirmed]: [{ id: string; before: Date | null }[], number] = await m.query(
        `WITH target AS (
           SELECT id, access_confirmed_at FROM membership
            WHERE panel_id = $1 AND (id = ANY($2::uuid[]) OR user_id = $3)
            FOR UPDATE)
         UPDATE membership SET access_confirmed_at = now(), access_confirmed_by = $3
           FROM target WHERE membership.id = target.id
         RETURNING membership.id, target.access_confirmed_at AS before`,
        [input.panelId, ids, viewer.userId],
      );
      const found = new Set(confirmed.map((c) => c.id));
      if (ids.some((id) => !found.has(id))) throw AppError.notFound('Member');
      await this.audit.recordChanges(
        m,
        ctx,
        confirmed.map((c) => ({
          panelId: input.panelId,
          entityType: 'Membership',
          entityId: c.id,
          action: 'UPDATE' as const,
          before: { accessConfirmedAt: c.before },
          after: { accessConfirmedAt: 'confirmed' },
        })),
      );
    });
    return this.current(ctx, input.panelId);
  }

  /** Opens the reviews that are due and closes those whose 30 days have passed. */
  async run(now: Date): Promise<ReviewRunResult> {
    const opened = await this.openDue(now);
    const { closed, disabled } = await this.closeDue(now);
    return { opened, closed, disabled };
  }

  /**
   * Opens a review in every panel due one (or each of `panelIds` due one), in one statement; two processes at once open it once (a panel has at
   * most one open review). Each panel's chairs are then told by mail.
   */
  async openDue(now: Date, panelIds: readonly string[] | null = null): Promise<number> {
    const opened: { panel_id: string; panel_name: string; closes_at: Date; awaiting: number; chairs: string[] }[] = await this.dataSource.query(
      `WITH due AS (
         INSERT INTO membership_review (panel_id, opened_at, closes_at)
         SELECT p.id, $1::timestamptz, $1::timestamptz + make_interval(days => $3) FROM panel p
          WHERE p.created_at <= $1::timestamptz - make_interval(months => $2) AND ($4::uuid[] IS NULL OR p.id = ANY($4::uuid[]))
            AND NOT EXISTS (SELECT 1 FROM membership_review r
                             WHERE r.panel_id = p.id AND (r.closed_at IS NULL OR r.opened_at > $1::timestamptz - make_interval(months => $2)))
         ON CONFLICT DO NOTHING
         RETURNING panel_id, opened_at, closes_at)
       SELECT r.panel_id, p.name AS panel_name, r.closes_at,
              (SELECT count(*)::int FROM membership m JOIN app_user u ON u.id = m.user_id
                WHERE m.panel_id = r.panel_id AND ${AWAITING_CONFIRMATION}) AS awaiting,
              coalesce((SELECT json_agg(u.email ORDER BY lower(u.email)) FROM membership m JOIN app_user u ON u.id = m.user_id
                         WHERE m.panel_id = r.panel_id AND m.role = 'CHAIR' AND u.disabled_at IS NULL), '[]'::json) AS chairs
         FROM due r JOIN panel p ON p.id = r.panel_id`,
      [now, MEMBERSHIP_REVIEW.everyMonths, MEMBERSHIP_REVIEW.openDays, panelIds],
    );
    await this.mail.sendAll(
      opened.flatMap((r) =>
        r.chairs.map((to) =>
          reviewOpenedMail(to, { panelId: r.panel_id, panelName: r.panel_name, closesAt: r.closes_at, awaiting: r.awaiting }, this.mail.publicUrl),
        ),
      ),
    );
    return opened.length;
  }

  /**
   * Closes every review whose time is up (in `panelIds`, when given), each in its own transaction: the members still to confirm are disabled
   * and their sessions ended, each change audited as the review's (no person's), and the chairs told.
   */
  async closeDue(now: Date, panelIds: readonly string[] | null = null): Promise<{ closed: number; disabled: number }> {
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM membership_review WHERE closed_at IS NULL AND closes_at <= $1 AND ($2::uuid[] IS NULL OR panel_id = ANY($2::uuid[]))
        ORDER BY closes_at, id`,
      [now, panelIds],
    );
    let closed = 0;
    let disabled = 0;
    for (const { id } of due) {
      const result = await this.close(id, now);
      if (!result) continue;
      closed += 1;
      disabled += result.disabled;
    }
    return { closed, disabled };
  }

  private async close(reviewId: string, now: Date): Promise<{ disabled: number } | null> {
    const outcome = await this.dataSource.transaction(async (m) => {
      // Locked and checked again: another process may have closed it since it was read.
      const [review]: { panel_id: string; panel_name: string }[] = await m.query(
        `SELECT r.panel_id, p.name AS panel_name FROM membership_review r JOIN panel p ON p.id = r.panel_id
          WHERE r.id = $1 AND r.closed_at IS NULL FOR UPDATE OF r`,
        [reviewId],
      );
      if (!review) return null;
      const members: { id: string; user_id: string; version: number }[] = await m.query(
        `SELECT m.id, m.user_id, m.version FROM membership_review r
           JOIN membership m ON m.panel_id = r.panel_id JOIN app_user u ON u.id = m.user_id
          WHERE r.id = $1 AND ${AWAITING_CONFIRMATION}
            AND NOT EXISTS (SELECT 1 FROM membership c WHERE c.user_id = m.user_id AND c.role = 'CHAIR')
          ORDER BY m.id FOR UPDATE OF m, u`,
        [reviewId],
      );
      const userIds = members.map((x) => x.user_id);
      if (userIds.length) {
        await m.query(`UPDATE app_user SET disabled_at = $2, version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])`, [userIds, now]);
        await m.query(`UPDATE membership SET version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])`, [members.map((x) => x.id)]);
        await m.query(`UPDATE user_session SET ended_at = now(), end_reason = 'USER_DISABLED' WHERE user_id = ANY($1::uuid[]) AND ended_at IS NULL`, [
          userIds,
        ]);
        await this.audit.recordChanges(
          m,
          { viewer: null },
          members.map((x) => ({
            panelId: review.panel_id,
            entityType: 'Membership',
            entityId: x.id,
            action: 'UPDATE' as const,
            before: { disabled: false, version: x.version },
            after: { disabled: true, version: x.version + 1, reason: 'Not confirmed in the membership review' },
          })),
        );
      }
      await m.query(`UPDATE membership_review SET closed_at = $2, disabled_count = $3 WHERE id = $1`, [reviewId, now, members.length]);
      const chairs: { email: string }[] = await m.query(
        `SELECT u.email FROM membership m JOIN app_user u ON u.id = m.user_id
          WHERE m.panel_id = $1 AND m.role = 'CHAIR' AND u.disabled_at IS NULL ORDER BY lower(u.email)`,
        [review.panel_id],
      );
      return { panelId: review.panel_id, panelName: review.panel_name, disabled: members.length, chairs: chairs.map((c) => c.email) };
    });
    if (!outcome) return null;
    await this.mail.sendAll(outcome.chairs.map((to) => reviewClosedMail(to, outcome, this.mail.publicUrl)));
    if (outcome.disabled) this.logger.log(`Membership review closed: ${outcome.disabled} members disabled`);
    return { disabled: outcome.disabled };
  }
}

function toReviewObject(r: ReviewRow): MembershipReviewObject {
  return { id: r.id, panelId: r.panel_id, openedAt: r.opened_at, closesAt: r.closes_at, awaitingCount: r.awaiting };
}
