import { MEETING_TIME_ZONE } from '@sentinel/shared';
import type { MailMessage } from '../../core/mail/mail.service.js';

export interface CirculatedCheck {
  panelId: string;
  meetingId: string;
  meetingTitle: string;
  startsAt: Date;
  subjects: number;
}

/** The agencies are asked to answer: the meeting and how many subjects, never a reference or a name (mail leaves the system). */
export function hitCheckMail(to: string, check: CirculatedCheck, publicUrl: string): MailMessage {
  const when = new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: MEETING_TIME_ZONE,
  }).format(check.startsAt);
  return {
    panelId: check.panelId,
    kind: 'HIT_CHECK',
    to,
    subject: `Hit/no-hit check: ${check.meetingTitle}`,
    lines: [
      `The chair has circulated ${check.subjects} ${check.subjects === 1 ? 'subject' : 'subjects'} to be discussed at ${check.meetingTitle} on ${when}.`,
      '',
      'Say for each whether your agency holds anything on it. Only the agencies that hold something see what the others hold.',
    ],
    link: { href: `${publicUrl}/meetings/${check.meetingId}/hit-check`, label: 'Answer the check' },
  };
}
