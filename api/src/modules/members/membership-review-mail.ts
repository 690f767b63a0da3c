import type { MailMessage } from '../../core/mail/mail.service.js';

/*
 * What the membership review's mail says: the panel, the date and how many members, never who they are: the list
 * is in the app, behind sign-in.
 */

export interface OpenedReview {
  panelId: string;
  panelName: string;
  closesAt: Date;
  awaiting: number;
}

function ukDay(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(at);
}

const members = (n: number) => `${n} ${n === 1 ? 'member' : 'members'}`;

export function reviewOpenedMail(to: string, review: OpenedReview, publicUrl: string): MailMessage {
  const by = ukDay(review.closesAt);
  return {
    panelId: review.panelId,
    kind: 'MEMBERSHIP_REVIEW',
    to,
    subject: `Membership review: confirm who still needs access to ${review.panelName} by ${by}`,
    lines: [
      `Every six months the chair of ${review.panelName} confirms that each member still needs access to Sentinel.`,
      '',
      `${members(review.awaiting)} to confirm by ${by}.`,
      'Anyone not confirmed by then will be disabled and will no longer be able to sign in.',
      'A chair or coordinator can confirm members on the membership review page.',
    ],
    link: { href: `${publicUrl}/members/review`, label: 'Open the membership review in Sentinel' },
  };
}

export function reviewClosedMail(to: string, review: { panelId: string; panelName: string; disabled: number }, publicUrl: string): MailMessage {
  return {
    panelId: review.panelId,
    kind: 'MEMBERSHIP_REVIEW',
    to,
    subject: `Membership review of ${review.panelName} closed: ${members(review.disabled)} disabled`,
    lines: [
      review.disabled
        ? `The membership review of ${review.panelName} has closed. ${members(review.disabled)} not confirmed in time ${review.disabled === 1 ? 'has' : 'have'} been disabled.`
        : `The membership review of ${review.panelName} has closed. Every member was confirmed.`,
      'A disabled member can be enabled again from their page in Sentinel.',
    ],
    link: { href: `${publicUrl}/members`, label: 'Open the members of the panel in Sentinel' },
  };
}
