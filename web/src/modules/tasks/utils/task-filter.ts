import type { TaskStatus } from '@sentinel/shared';
import type { TaskFilter, TaskSort } from '../../../gql/graphql';

export type TaskFilterValues = { statuses: TaskStatus[]; agencyId: string; ocgId: string; overdueOnly: boolean };

export const EMPTY_TASK_FILTER: TaskFilterValues = { statuses: [], agencyId: '', ocgId: '', overdueOnly: false };

export const TASK_SORT_OPTIONS: { value: TaskSort; label: string }[] = [
  { value: 'OVERDUE_FIRST', label: 'Overdue first' },
  { value: 'DUE', label: 'Due date' },
  { value: 'RECENTLY_UPDATED', label: 'Recently updated' },
  { value: 'REFERENCE', label: 'Reference' },
];

// The one filter object of the board: the list query and the export both take it, so a file holds what the list shows.
// Empty fields are sent as null so that the API applies its own defaults.
export function taskListFilter(filter: TaskFilterValues): TaskFilter {
  return {
    statuses: filter.statuses.length ? filter.statuses : null,
    agencyId: filter.agencyId || null,
    ocgId: filter.ocgId || null,
    overdueOnly: filter.overdueOnly,
  };
}

export function isTaskFiltered(filter: TaskFilterValues): boolean {
  const v = taskListFilter(filter);
  return Boolean(v.statuses || v.agencyId || v.ocgId || v.overdueOnly);
}
