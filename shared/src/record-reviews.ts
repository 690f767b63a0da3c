/**
 * Review and retention (MoPI): a group or nominal whose review date has come is retained (with a rationale and the
 * next review date), archived (kept, out of active use), or, for a nominal, disposed of (its personal data erased).
 * A group carries the panel's outcome figures, so it is archived, never disposed of: its people are disposed of one
 * by one.
 */
export const REVIEW_DECISIONS = ['RETAIN', 'ARCHIVE', 'DISPOSE'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export const REVIEW_DECISION_LABELS: Record<ReviewDecision, string> = { RETAIN: 'Retain', ARCHIVE: 'Archive', DISPOSE: 'Dispose of' };
export const REVIEW_DECISION_DONE: Record<ReviewDecision, string> = { RETAIN: 'retained', ARCHIVE: 'archived', DISPOSE: 'disposed of' };

export const REVIEW_SUBJECT_KINDS = ['OCG', 'NOMINAL'] as const;
export type ReviewSubjectKind = (typeof REVIEW_SUBJECT_KINDS)[number];
export const REVIEW_SUBJECT_KIND_LABELS: Record<ReviewSubjectKind, string> = { OCG: 'Group', NOMINAL: 'Nominal' };

/** The decisions open for a kind of record. */
export function reviewDecisionsFor(kind: ReviewSubjectKind): readonly ReviewDecision[] {
  return kind === 'NOMINAL' ? REVIEW_DECISIONS : ['RETAIN', 'ARCHIVE'];
}

/** Reminders of a review date: a week before it, and on the day. Days before the review date. */
export const REVIEW_REMINDER_KINDS = ['WEEK_BEFORE', 'DUE'] as const;
export type ReviewReminderKind = (typeof REVIEW_REMINDER_KINDS)[number];
export const REVIEW_REMINDER_OFFSETS: Record<ReviewReminderKind, number> = { WEEK_BEFORE: 7, DUE: 0 };

/** The longest rationale, and how far ahead the next review may be set (MoPI's longest review period is ten years). */
export const REVIEW_RATIONALE_MAX = 2000;
export const REVIEW_NEXT_MAX_YEARS = 10;
