import { addDays } from './agencies.js';

export type TaskStatus = 'OPEN' | 'IN_PROGRESS' | 'BLOCKED' | 'COMPLETED' | 'NOT_DONE';
export const TASK_STATUSES: readonly TaskStatus[] = ['OPEN', 'IN_PROGRESS', 'BLOCKED', 'COMPLETED', 'NOT_DONE'];
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  BLOCKED: 'Blocked',
  COMPLETED: 'Completed',
  NOT_DONE: 'Closed, not done',
};
export const CLOSED_TASK_STATUSES: readonly TaskStatus[] = ['COMPLETED', 'NOT_DONE'];

/** Why a task was closed without being done; multi-agency panels keep the two apart. */
export type NotDoneCause = 'CIRCUMSTANCES_CHANGED' | 'AGENCY_DID_NOT_ACT';
export const NOT_DONE_CAUSES: readonly NotDoneCause[] = ['CIRCUMSTANCES_CHANGED', 'AGENCY_DID_NOT_ACT'];
export const NOT_DONE_CAUSE_LABELS: Record<NotDoneCause, string> = {
  CIRCUMSTANCES_CHANGED: 'Circumstances changed',
  AGENCY_DID_NOT_ACT: 'Agency did not act',
};

export type TaskPriority = 'HIGH' | 'MEDIUM' | 'LOW';
export const TASK_PRIORITIES: readonly TaskPriority[] = ['HIGH', 'MEDIUM', 'LOW'];
export const TASK_PRIORITY_LABELS: Record<TaskPriority, string> = { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };

/** Which status may follow which; closing (COMPLETED, NOT_DONE) is final unless the chair reopens. */
export const TASK_TRANSITIONS: Record<TaskStatus, readonly TaskStatus[]> = {
  OPEN: ['IN_PROGRESS', 'BLOCKED', 'COMPLETED', 'NOT_DONE'],
  IN_PROGRESS: ['OPEN', 'BLOCKED', 'COMPLETED', 'NOT_DONE'],
  BLOCKED: ['OPEN', 'IN_PROGRESS', 'COMPLETED', 'NOT_DONE'],
  COMPLETED: ['OPEN'],
  NOT_DONE: ['OPEN'],
};

/** Reminders: 7 days and 1 day before the due date, and on the day a task becomes overdue. */
export type ReminderKind = 'DUE_IN_7_DAYS' | 'DUE_IN_1_DAY' | 'OVERDUE';
export const REMINDER_OFFSETS: Record<ReminderKind, number> = { DUE_IN_7_DAYS: -7, DUE_IN_1_DAY: -1, OVERDUE: 1 };

/** The default due date: a week before the panel's next meeting, when one is scheduled. */
export function defaultDueDate(nextMeetingOn: string | null): string | null {
  return nextMeetingOn ? addDays(nextMeetingOn, -7) : null;
}
