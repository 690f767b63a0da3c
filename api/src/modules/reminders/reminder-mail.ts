import type { MailMessage } from '../../core/mail/mail.service.js';

/*
 * What reminder and digest mail says. Only the task's reference, title, due date and agency, and a link:
 * never a nominal, a group's name or a description, because mail leaves the system and its audit trail.
 */

export interface ReminderTask {
  id: string;
  panelId: string;
  reference: string;
  title: string;
  dueOn: string;
  agencyName: string;
}

export interface DigestTask {
  reference: string;
  title: string;
  dueOn: string;
  agencyName: string;
  daysOverdue: number;
}

/** "is due in 7 days", "is due tomorrow", "is due today", "is now overdue": true on the day the reminder goes. */
export function dueWords(today: string, dueOn: string): string {
  const days = Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days > 1) return `is due in ${days} days`;
  if (days === 1) return 'is due tomorrow';
  if (days === 0) return 'is due today';
  return 'is now overdue';
}

const SETTINGS = 'You receive this because reminders are on in your Sentinel settings; you can turn them off there.';

export function ukDate(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

export function reminderMail(to: string, task: ReminderTask, today: string, publicUrl: string): MailMessage {
  const when = dueWords(today, task.dueOn);
  return {
    panelId: task.panelId,
    kind: 'TASK_REMINDER',
    to,
    subject: `Task ${task.reference} ${when}`,
    lines: [
      `A task allocated to ${task.agencyName} ${when}.`,
      '',
      `Reference: ${task.reference}`,
      `Task: ${task.title}`,
      `Agency: ${task.agencyName}`,
      `Due date: ${ukDate(task.dueOn)}`,
      '',
      SETTINGS,
    ],
    link: { href: `${publicUrl}/tasks/${task.id}`, label: 'Open the task in Sentinel' },
  };
}

/** The most lines one digest lists; the rest are counted, and the task list in the app has them all. */
export const DIGEST_MAX_TASKS = 200;

export function digestMail(to: string, panelId: string, panelName: string, tasks: DigestTask[], publicUrl: string): MailMessage {
  const shown = tasks.slice(0, DIGEST_MAX_TASKS);
  const byAgency = new Map<string, DigestTask[]>();
  for (const t of shown) byAgency.set(t.agencyName, [...(byAgency.get(t.agencyName) ?? []), t]);
  const lines = [`${panelName}: ${tasks.length} overdue ${tasks.length === 1 ? 'task' : 'tasks'}, by agency.`];
  for (const [agency, list] of byAgency) {
    lines.push('', `${agency} (${list.length})`);
    for (const t of list) {
      lines.push(`${t.reference} – ${t.title} – due ${ukDate(t.dueOn)} – ${t.daysOverdue} ${t.daysOverdue === 1 ? 'day' : 'days'} overdue`);
    }
  }
  if (tasks.length > shown.length) lines.push('', `And ${tasks.length - shown.length} more: see the task list.`);
  lines.push('', SETTINGS);
  return {
    panelId,
    kind: 'WEEKLY_DIGEST',
    to,
    subject: `Weekly digest: ${tasks.length} overdue ${tasks.length === 1 ? 'task' : 'tasks'} on ${panelName}`,
    lines,
    link: { href: `${publicUrl}/tasks`, label: 'Open the task list in Sentinel' },
  };
}
