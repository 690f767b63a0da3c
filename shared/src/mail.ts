/** What a message from Sentinel was about. */
export type MailKind =
  | 'AGENDA_PUBLISHED'
  | 'TASK_REMINDER'
  | 'WEEKLY_DIGEST'
  | 'ACCOUNT_INVITATION'
  | 'PASSWORD_RESET'
  | 'MEMBERSHIP_REVIEW'
  | 'HIT_CHECK'
  | 'RECORD_REVIEW';
export const MAIL_KINDS: readonly MailKind[] = [
  'AGENDA_PUBLISHED',
  'TASK_REMINDER',
  'WEEKLY_DIGEST',
  'ACCOUNT_INVITATION',
  'PASSWORD_RESET',
  'MEMBERSHIP_REVIEW',
  'HIT_CHECK',
  'RECORD_REVIEW',
];
export const MAIL_KIND_LABELS: Record<MailKind, string> = {
  AGENDA_PUBLISHED: 'Agenda published',
  TASK_REMINDER: 'Task reminder',
  WEEKLY_DIGEST: 'Weekly overdue digest',
  ACCOUNT_INVITATION: 'Invitation',
  PASSWORD_RESET: 'Password reset',
  MEMBERSHIP_REVIEW: 'Membership review',
  HIT_CHECK: 'Hit/no-hit check',
  RECORD_REVIEW: 'Record review due',
};

/** Whether it went: sent to the mail server; not sent, as none is set; refused by the mail server. */
export type MailOutcome = 'SENT' | 'NOT_SENT' | 'REFUSED';
export const MAIL_OUTCOMES: readonly MailOutcome[] = ['SENT', 'NOT_SENT', 'REFUSED'];
export const MAIL_OUTCOME_LABELS: Record<MailOutcome, string> = { SENT: 'Sent', NOT_SENT: 'Not sent', REFUSED: 'Refused' };
