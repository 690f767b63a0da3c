import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { addDays, londonToday } from '@sentinel/shared';
import { CONSULTATION_PARTITIONS_JOB } from '../../src/core/audit/consultation-log.jobs.js';
import { JobsService } from '../../src/core/jobs/jobs.service.js';
import { MEMBERSHIP_REVIEW_JOB } from '../../src/modules/members/membership-review.jobs.js';
import { SERIES_TOP_UP_JOB } from '../../src/modules/meetings/meetings.jobs.js';
import { REVIEW_REMINDER_SCAN_JOB } from '../../src/modules/record-reviews/record-reviews.module.js';
import { REMINDER_SCAN_JOB, WEEKLY_DIGEST_JOB } from '../../src/modules/reminders/reminders.jobs.js';
import { RemindersService } from '../../src/modules/reminders/reminders.service.js';
import { createPanel } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { asScheduledWork } from '../support/system-scope.js';
import { waitFor } from '../support/ws-client.js';
import { startMailCatcher, type MailCatcher } from './mail-catcher.js';

const insertTask = async (t: TestApp, panelId: string, agencyId: string, dueOn: string, reference = 'A-0001'): Promise<string> => {
  const [task] = await t.dataSource.query(
    `INSERT INTO task (panel_id, reference, title, agency_id, due_on) VALUES ($1, $4, 'Check the licence', $2, $3) RETURNING id`,
    [panelId, agencyId, dueOn, reference],
  );
  return task.id;
};

describe('scheduled reminder jobs', () => {
  let mail: MailCatcher;
  beforeAll(async () => {
    mail = await startMailCatcher();
  });
  afterAll(() => mail.close());

  it('schedules the scan and the digest on pg-boss when jobs are on, and its worker sends the reminders', async () => {
    const t = await startTestApp({ SMTP_URL: mail.url, JOBS: 'on' });
    try {
      const jobs = t.app.get(JobsService);
      await jobs.ready();
      const schedules = await t.dataSource.query(`SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`);
      expect(schedules).toEqual([
        { name: CONSULTATION_PARTITIONS_JOB, cron: '10 3 * * *', timezone: 'Europe/London' },
        { name: SERIES_TOP_UP_JOB, cron: '30 2 * * *', timezone: 'Europe/London' },
        { name: MEMBERSHIP_REVIEW_JOB, cron: '0 6 * * *', timezone: 'Europe/London' },
        { name: REVIEW_REMINDER_SCAN_JOB, cron: '5 * * * *', timezone: 'Europe/London' },
        { name: REMINDER_SCAN_JOB, cron: '*/15 * * * *', timezone: 'Europe/London' },
        { name: WEEKLY_DIGEST_JOB, cron: '0 7 * * 1', timezone: 'Europe/London' },
      ]);
      // On the real clock: a task due a week from today (in the UK) is reminded by the job's scan.
      const p = await createPanel(t.dataSource);
      await insertTask(t, p.panelId, p.agencies.HMRC, addDays(londonToday(), 7));
      await jobs.runNow(REMINDER_SCAN_JOB);
      await waitFor(() => mail.to(p.users.PARTNER_MEMBER.email).length === 1, 15_000);
    } finally {
      await t.close();
    }
  });

  it('sends a reminder once when two processes scan at the same moment', async () => {
    const a = await startTestApp({ SMTP_URL: mail.url });
    const b = await startTestApp({ SMTP_URL: mail.url });
    try {
      const p = await createPanel(a.dataSource);
      for (let i = 0; i < 5; i++) {
        await a.dataSource.query(
          `INSERT INTO task (panel_id, reference, title, agency_id, due_on) VALUES ($1, $2, 'Check the licence', $3, '2032-05-08')`,
          [p.panelId, `A-000${i}`, p.agencies.HMRC],
        );
      }
      const now = new Date('2032-05-01T09:00:00Z');
      // The scans see every panel's tasks (other test files' too), so count this panel's.
      await Promise.all([asScheduledWork(a.app.get(RemindersService)).scan(now), asScheduledWork(b.app.get(RemindersService)).scan(now)]);
      const [kept] = await a.dataSource.query(
        `SELECT count(*)::int AS n FROM task_reminder r JOIN task t ON t.id = r.task_id WHERE t.panel_id = $1`,
        [p.panelId],
      );
      expect(kept.n).toBe(5);
      expect(mail.to(p.users.PARTNER_MEMBER.email)).toHaveLength(5);
      expect(new Set(mail.to(p.users.PARTNER_MEMBER.email).map((m) => m.subject)).size).toBe(5);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('without SMTP_URL, says so once at start and keeps each message in the mail log as not sent', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const t = await startTestApp({});
    try {
      const p = await createPanel(t.dataSource);
      const taskIds = [
        await insertTask(t, p.panelId, p.agencies.HMRC, '2032-06-08'),
        await insertTask(t, p.panelId, p.agencies.HMRC, '2032-06-08', 'A-0002'),
      ];
      await asScheduledWork(t.app.get(RemindersService)).scan(new Date('2032-06-01T09:00:00Z'));
      const logged = warn.mock.calls.map((c) => String(c[0]));
      expect(logged.filter((l) => /SMTP_URL/.test(l))).toEqual([
        'Mail is off: SMTP_URL is not set. Messages are kept in each panel’s mail log as not sent.',
      ]);
      expect(logged.join('\n')).not.toMatch(/@|Check the licence/);
      const kept = await t.dataSource.query(`SELECT recipients FROM task_reminder WHERE task_id = ANY($1)`, [taskIds]);
      expect(kept).toEqual([{ recipients: 0 }, { recipients: 0 }]);
      const log = await t.dataSource.query(`SELECT kind, recipient, outcome, reason FROM mail_message WHERE panel_id = $1`, [p.panelId]);
      expect(log).toEqual(
        Array(2).fill({
          kind: 'TASK_REMINDER',
          recipient: p.users.PARTNER_MEMBER.email,
          outcome: 'NOT_SENT',
          reason: 'No mail server is set (SMTP_URL)',
        }),
      );
    } finally {
      warn.mockRestore();
      await t.close();
    }
  });
});
