import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  londonToday,
  PANEL_ROLES,
  PERMISSIONS,
  REVIEW_REMINDER_OFFSETS,
  roleHolds,
  type ReviewReminderKind,
  type ReviewSubjectKind,
} from '@sentinel/shared';
import { MailService } from '../../core/mail/mail.service.js';
import { deliver, sendEach, type ScanResult } from '../reminders/reminder-delivery.js';
import { CATCH_UP_DAYS } from '../reminders/reminders.service.js';
import { reviewReminderMail } from './review-reminder-mail.js';

interface DueReviewReminder {
  id: string;
  panel_id: string;
  subject_kind: ReviewSubjectKind;
  reference: string;
  next_review_on: string;
  kind: ReviewReminderKind;
  recipients: string[];
}

const REVIEWER_ROLES = PANEL_ROLES.filter((r) => roleHolds(r, PERMISSIONS.RECORD_REVIEW));
const ALL_ROLES = PANEL_ROLES.filter((r) => roleHolds(r, PERMISSIONS.RECORD_REVIEW_ALL));

/**
 * Review reminders, as for tasks: a week before a group's or nominal's review date and on the day (caught up for
 * CATCH_UP_DAYS when no scan ran), to its lead officers (of the group, or of the groups a nominal is in) who may
 * still review it and want reminders, or, where there is none, to the panel's chair and coordinator. Each reminder
 * (record, kind, date) is claimed before its mail goes, so it goes once across processes; a new date is a new key.
 */
@Injectable()
export class ReviewRemindersService {
  private readonly logger = new Logger('ReviewReminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  async scan(now: Date): Promise<ScanResult> {
    const today = londonToday(now);
    const kinds = Object.keys(REVIEW_REMINDER_OFFSETS) as ReviewReminderKind[];
    const due: DueReviewReminder[] = await this.dataSource.query(
      `WITH subject AS (
         SELECT 'OCG'::text AS subject_kind, o.id, o.panel_id, o.reference, o.next_review_on,
                CASE WHEN o.lro_user_id IS NULL THEN '{}'::uuid[] ELSE ARRAY[o.lro_user_id] END AS leads
           FROM ocg o WHERE o.next_review_on BETWEEN $3::date - $4::int AND $3::date + 7 AND o.archived_at IS NULL
         UNION ALL
         SELECT 'NOMINAL', n.id, n.panel_id, n.reference, n.next_review_on,
                ARRAY(SELECT o.lro_user_id FROM ocg_nominal l JOIN ocg o ON o.id = l.ocg_id WHERE l.nominal_id = n.id AND o.lro_user_id IS NOT NULL)
           FROM nominal n WHERE n.next_review_on BETWEEN $3::date - $4::int AND $3::date + 7 AND n.archived_at IS NULL),
       latest AS (
         SELECT DISTINCT ON (s.id) s.*, k.kind
           FROM subject s JOIN unnest($1::text[], $2::int[]) AS k(kind, days_before)
             ON s.next_review_on - k.days_before BETWEEN $3::date - $4::int AND $3::date
          ORDER BY s.id, k.days_before)
       SELECT s.id, s.panel_id, s.subject_kind, s.reference, s.next_review_on::text AS next_review_on, s.kind,
              coalesce(
                (SELECT json_agg(u.email ORDER BY lower(u.email)) FROM app_user u
                   JOIN membership ms ON ms.user_id = u.id AND ms.panel_id = s.panel_id AND ms.role = ANY ($5::text[])
                  WHERE u.id = ANY (s.leads) AND u.reminders_enabled AND u.disabled_at IS NULL),
                (SELECT json_agg(u.email ORDER BY lower(u.email)) FROM app_user u
                   JOIN membership ms ON ms.user_id = u.id AND ms.panel_id = s.panel_id AND ms.role = ANY ($6::text[])
                  WHERE u.reminders_enabled AND u.disabled_at IS NULL),
                '[]'::json) AS recipients
         FROM latest s
        WHERE NOT EXISTS (SELECT 1 FROM record_review_reminder r WHERE r.subject_id = s.id AND r.kind = s.kind AND r.due_on = s.next_review_on)
        ORDER BY s.next_review_on, s.reference`,
      [kinds, kinds.map((k) => REVIEW_REMINDER_OFFSETS[k]), today, CATCH_UP_DAYS, REVIEWER_ROLES, ALL_ROLES],
    );
    return sendEach(due, (row) => this.send(row, today));
  }

  /** Claims one reminder and sends it; null when another process had claimed it, or nothing got through. */
  private async send(row: DueReviewReminder, today: string): Promise<number | null> {
    const table = row.subject_kind === 'OCG' ? 'ocg' : 'nominal';
    return this.dataSource
      .transaction(async (m) => {
        const claimed: unknown[] = await m.query(
          `INSERT INTO record_review_reminder (subject_id, kind, due_on, panel_id, recipients)
           SELECT s.id, $2, s.next_review_on, s.panel_id, $4 FROM ${table} s WHERE s.id = $1 AND s.next_review_on = $3
           ON CONFLICT DO NOTHING RETURNING subject_id`,
          [row.id, row.kind, row.next_review_on, row.recipients.length],
        );
        if (!claimed.length) return null;
        const item = { panelId: row.panel_id, kind: row.subject_kind, reference: row.reference, nextReviewOn: row.next_review_on };
        const messages = row.recipients.map((to) => reviewReminderMail(to, item, today, this.mail.publicUrl));
        const sent = await deliver(this.mail, messages, this.logger, `Review reminder ${row.reference}`);
        await m.query(`UPDATE record_review_reminder SET recipients = $4 WHERE subject_id = $1 AND kind = $2 AND due_on = $3`, [
          row.id,
          row.kind,
          row.next_review_on,
          sent,
        ]);
        return sent;
      })
      .catch((e: Error) => {
        this.logger.warn(`Review reminder ${row.reference} not sent: ${e.message}`);
        return null;
      });
  }
}
