import { REVIEW_SUBJECT_KIND_LABELS, type ReviewSubjectKind } from '@sentinel/shared';
import type { MailMessage } from '../../core/mail/mail.service.js';
import { dueWords, ukDate } from '../reminders/reminder-mail.js';

export interface ReviewReminder {
  panelId: string;
  kind: ReviewSubjectKind;
  reference: string;
  nextReviewOn: string;
}

/** A record's review date is near or has come: its kind, reference and date only, never a name (mail leaves the system). */
export function reviewReminderMail(to: string, item: ReviewReminder, today: string, publicUrl: string): MailMessage {
  const what = `${REVIEW_SUBJECT_KIND_LABELS[item.kind].toLowerCase()} ${item.reference}`;
  return {
    panelId: item.panelId,
    kind: 'RECORD_REVIEW',
    to,
    subject: `Review ${dueWords(today, item.nextReviewOn).replace(/^is /, '')}: ${item.reference}`,
    lines: [
      `The review of ${what} ${dueWords(today, item.nextReviewOn)} (${ukDate(item.nextReviewOn)}).`,
      '',
      'Decide whether to retain it with a new review date, archive it or, for a nominal, dispose of it, and say why.',
      '',
      'You receive this as a lead officer of the record, or as the panel’s chair where it has none; reminders are on in your Sentinel settings.',
    ],
    link: { href: `${publicUrl}/reviews`, label: 'Open the review queue' },
  };
}
