import {
  changedPastDateProblem,
  LIMITS,
  londonToday,
  TEXT_LIMITS,
  tooLongProblem,
  type FourPStrand,
  type GscMarking,
  type TaskPriority,
} from '@sentinel/shared';
import { isIsoDate } from '../../../ui/DateField';
import type { FieldErrors } from '../../app/utils/form-errors';
import type { TaskDetailsFragment } from '../../../gql/graphql';

export type TaskFormValues = {
  title: string;
  description: string;
  agencyId: string;
  ownerUserId: string;
  ocgId: string;
  dueOn: string;
  priority: TaskPriority;
  strand: FourPStrand | '';
  gscMarking: GscMarking;
};

export const TASK_FORM_FIELDS = ['title', 'description', 'agencyId', 'ownerUserId', 'ocgId', 'dueOn', 'priority', 'strand', 'gscMarking'];

export function emptyTaskForm(ocgId = ''): TaskFormValues {
  return {
    title: '',
    description: '',
    agencyId: '',
    ownerUserId: '',
    ocgId,
    dueOn: '',
    priority: 'MEDIUM',
    strand: '',
    gscMarking: 'OFFICIAL_SENSITIVE',
  };
}

export function taskFormFrom(task: TaskDetailsFragment): TaskFormValues {
  return {
    title: task.title,
    description: task.description ?? '',
    agencyId: task.agencyId,
    ownerUserId: task.ownerUserId ?? '',
    ocgId: task.ocg?.id ?? '',
    dueOn: task.dueOn ?? '',
    priority: task.priority,
    strand: task.strand ?? '',
    gscMarking: task.gscMarking,
  };
}

/** `initialDueOn`: the due date the form opened with, which may stay as it is once it has passed. */
export function validateTaskForm(v: TaskFormValues, initialDueOn = ''): FieldErrors {
  const errors: FieldErrors = {};
  const title = v.title.trim();
  if (title.length < 3) errors.title = 'Enter a title that says what is to be done';
  else if (title.length > LIMITS.nameLength) errors.title = tooLongProblem('Title', title, LIMITS.nameLength)!;
  const description = tooLongProblem('Description', v.description.trim(), TEXT_LIMITS.taskDescription);
  if (description) errors.description = description;
  if (!v.agencyId) errors.agencyId = 'Select the agency the task is allocated to';
  const dueOn = v.dueOn.trim();
  if (dueOn && !isIsoDate(dueOn)) errors.dueOn = 'Enter the due date as year-month-day, for example 2026-03-31';
  else {
    const problem = changedPastDateProblem('Due date', dueOn, initialDueOn, londonToday());
    if (problem) errors.dueOn = problem;
  }
  return errors;
}

function common(v: TaskFormValues) {
  return {
    title: v.title.trim(),
    description: v.description.trim() || null,
    agencyId: v.agencyId,
    ownerUserId: v.ownerUserId || null,
    dueOn: v.dueOn.trim() || null,
    priority: v.priority,
    strand: v.strand || null,
    gscMarking: v.gscMarking,
  };
}

export function allocateTaskInput(panelId: string, v: TaskFormValues) {
  return { ...common(v), panelId, ocgId: v.ocgId || null };
}

export function editTaskInput(id: string, version: number, v: TaskFormValues) {
  return { ...common(v), id, version };
}
