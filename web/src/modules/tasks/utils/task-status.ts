import { CLOSED_TASK_STATUSES, TASK_STATUS_LABELS, TASK_TRANSITIONS, type TaskStatus } from '@sentinel/shared';
import type { TagColour } from '../../../ui/Tag';

export const TASK_STATUS_COLOURS: Record<TaskStatus, TagColour> = {
  OPEN: 'blue',
  IN_PROGRESS: 'light-blue',
  BLOCKED: 'orange',
  COMPLETED: 'green',
  NOT_DONE: 'grey',
};

export const OPEN_TASK_STATUSES: readonly TaskStatus[] = ['OPEN', 'IN_PROGRESS', 'BLOCKED'];

export function isClosed(status: TaskStatus): boolean {
  return CLOSED_TASK_STATUSES.includes(status);
}

/**
 * The statuses the update form offers. Closing as not done has its own form (it needs a cause), and only the
 * chair or coordinator may reopen a closed task; the API checks the same rules.
 */
export function allowedNextStatuses(status: TaskStatus, manager: boolean): TaskStatus[] {
  if (isClosed(status) && !manager) return [];
  return TASK_TRANSITIONS[status].filter((s) => s !== 'NOT_DONE');
}

export function canCloseAsNotDone(status: TaskStatus, manager: boolean): boolean {
  return manager && TASK_TRANSITIONS[status].includes('NOT_DONE');
}

export function statusChangeText(from: TaskStatus | null, to: TaskStatus | null): string | null {
  if (!to) return null;
  return from ? `${TASK_STATUS_LABELS[from]} → ${TASK_STATUS_LABELS[to]}` : TASK_STATUS_LABELS[to];
}
