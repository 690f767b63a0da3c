import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { londonToday, REMINDER_OFFSETS, type ReminderKind } from '@sentinel/shared';
import { MailService } from '../../core/mail/mail.service.js';
import { taskReaderSql } from '../tasks/task-access.js';
import { deliver, sendEach, type ScanResult } from './reminder-delivery.js';
import { digestMail, reminderMail, type DigestTask } from './reminder-mail.js';

const OPEN = `t.status IN ('OPEN','IN_PROGRESS','BLOCKED')`;

/** How many days back a scan catches up on reminders missed while no process ran. */
export const CATCH_UP_DAYS = 3;

interface DueReminder {
  id: string;
  panel_id: string;
  reference: string;
  title: string;
  due_on: string;
  kind: ReminderKind;
  agency_name: string;
  recipients: string[];
}

export type { ScanResult } from './reminder-delivery.js';

/**
 * Task reminders and the chairs' weekly digest. Both take the time as an argument: the job passes the
 * clock, tests pass the day they need. Days are UK calendar days (Europe/London).
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  /**
   * Sends the reminders due: 7 days and 1 day before the due date, and the day after it. Days missed while no
   * scan ran (up to CATCH_UP_DAYS) are caught up, sending each task only its latest reminder, in words true on
   * the day it goes ("due in 5 days"). The task_reminder key (task, kind, due date) is claimed before the mail
   * goes, in the same transaction, so a reminder goes once across restarts and processes; a changed due date is
   * a new key, so new reminders.
   */
  async scan(now: Date): Promise<ScanResult> {
    const today = londonToday(now);
    const kinds = Object.keys(REMINDER_OFFSETS) as ReminderKind[];
    const offsets = kinds.map((k) => REMINDER_OFFSETS[k]);
    // One statement: the days this scan covers (from the day after the last scan, at most CATCH_UP_DAYS back;
    // only today when there was none or the clock went back), marking today as covered; and every reminder due
    // in them not yet sent, with its recipients: the owner while their reminders are on, otherwise every active
    // member of the allocated agency on the panel who wants them; either way only people the task rule lets
    // read the task today (an owner who has since moved agency or left the panel is not one).
    const due: DueReminder[] = await this.dataSource.query(
      `WITH last AS (SELECT last_day FROM reminder_scan WHERE id = 1),
            covered AS (
              INSERT INTO reminder_scan (id, last_day) VALUES (1, $3::date)
              ON CONFLICT (id) DO UPDATE SET last_day = GREATEST(reminder_scan.last_day, EXCLUDED.last_day), scanned_at = now()
              RETURNING 1),
            span AS (
              SELECT CASE WHEN l.last_day IS NULL OR l.last_day >= $3::date THEN $3::date
                          ELSE GREATEST(l.last_day + 1, $3::date - $4::int) END AS first_day
                FROM (SELECT 1) one LEFT JOIN last l ON true),
            latest AS (
              SELECT DISTINCT ON (t.id) t.id, k.kind
                FROM task t CROSS JOIN span
                JOIN unnest($1::text[], $2::int[]) AS k(kind, offset_days)
                  ON t.due_on BETWEEN span.first_day - k.offset_days AND $3::date - k.offset_days
               WHERE ${OPEN}
               ORDER BY t.id, t.due_on + k.offset_days DESC)
       SELECT t.id, t.panel_id, t.reference, t.title, t.due_on::text AS due_on, latest.kind, a.name AS agency_name,
              coalesce(
                (SELECT json_agg(o.email) FROM app_user o
                  WHERE o.id = t.owner_user_id AND o.reminders_enabled AND o.disabled_at IS NULL AND ${taskReaderSql('o', 't')}),
                (SELECT json_agg(u.email ORDER BY lower(u.email)) FROM app_user u
                   JOIN membership ms ON ms.user_id = u.id AND ms.panel_id = t.panel_id
                  WHERE u.agency_id = t.agency_id AND u.reminders_enabled AND u.disabled_at IS NULL AND ${taskReaderSql('u', 't')}),
                '[]'::json) AS recipients
         FROM latest JOIN task t ON t.id = latest.id
         JOIN agency a ON a.id = t.agency_id
        WHERE NOT EXISTS (SELECT 1 FROM task_reminder r WHERE r.task_id = t.id AND r.kind = latest.kind AND r.due_on = t.due_on)
        ORDER BY t.due_on, t.reference`,
      [kinds, offsets, today, CATCH_UP_DAYS],
    );
    return sendEach(due, (row) => this.send(row, today));
  }

  /** Claims one reminder and sends it; null when another process had claimed it (or the task changed). */
  private async send(row: DueReminder, today: string): Promise<number | null> {
    const kind = row.kind;
    return this.dataSource
      .transaction(async (m) => {
        // The insert waits on another process's uncommitted claim of the same key, then does nothing: the
        // reminder is theirs. The task is checked again here, in case it was completed since the scan read it.
        const claimed: unknown[] = await m.query(
          `INSERT INTO task_reminder (task_id, kind, due_on, recipients)
         SELECT t.id, $2, t.due_on, $4 FROM task t WHERE t.id = $1 AND t.due_on = $3 AND ${OPEN}
         ON CONFLICT DO NOTHING RETURNING task_id`,
          [row.id, kind, row.due_on, row.recipients.length],
        );
        if (!claimed.length) return null;
        const task = {
          id: row.id,
          panelId: row.panel_id,
          reference: row.reference,
          title: row.title,
          dueOn: row.due_on,
          agencyName: row.agency_name,
        };
        const messages = row.recipients.map((to) => reminderMail(to, task, today, this.mail.publicUrl));
        const sent = await deliver(this.mail, messages, this.logger, `Reminder ${row.reference}`);
        await m.query(`UPDATE task_reminder SET recipients = $4 WHERE task_id = $1 AND kind = $2 AND due_on = $3`, [row.id, kind, row.due_on, sent]);
        return sent;
      })
      .catch((e: Error) => {
        this.logger.warn(`Reminder ${row.reference} not sent: ${e.message}`);
        return null;
      });
  }

  /**
   * Monday's digest: each chair and coordinator of a panel with overdue tasks gets one message listing them by
   * agency, each recipient's list read through the task rule, so it names only tasks they may read. Panels with
   * none are skipped. One statement whatever the number of panels or tasks.
   */
  async weeklyDigest(now: Date): Promise<{ messages: number }> {
    const today = londonToday(now);
    const digests: { panel_id: string; panel_name: string; email: string; tasks: DigestTask[] }[] = await this.dataSource.query(
      `SELECT ms.panel_id, p.name AS panel_name, u.email,
              json_agg(json_build_object('reference', t.reference, 'title', t.title, 'dueOn', t.due_on::text, 'agencyName', a.name,
                                         'daysOverdue', $1::date - t.due_on)
                       ORDER BY lower(a.name), t.due_on, t.reference) AS tasks
         FROM membership ms
         JOIN app_user u ON u.id = ms.user_id
         JOIN panel p ON p.id = ms.panel_id
         JOIN task t ON t.panel_id = ms.panel_id AND ${OPEN} AND t.due_on < $1::date AND ${taskReaderSql('u', 't')}
         JOIN agency a ON a.id = t.agency_id
        WHERE ms.role IN ('CHAIR','COORDINATOR') AND u.disabled_at IS NULL AND u.reminders_enabled
        GROUP BY ms.panel_id, p.name, u.email
        ORDER BY ms.panel_id, lower(u.email)`,
      [today],
    );
    const outcomes = await this.mail.sendAll(digests.map((d) => digestMail(d.email, d.panel_id, d.panel_name, d.tasks, this.mail.publicUrl)));
    const refused = outcomes.filter((o) => o === 'REFUSED').length;
    if (refused) this.logger.warn(`${refused} of ${outcomes.length} weekly digest messages were refused by the mail server`);
    const messages = outcomes.filter((o) => o === 'SENT').length;
    return { messages };
  }
}
