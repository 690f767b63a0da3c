import { TEXT_LIMITS, tooLongProblem, type NotDoneCause, type TaskStatus } from '@sentinel/shared';
import type { FieldErrors } from '../../app/utils/form-errors';
import {
  DISRUPTION_FIELDS,
  disruptionInput,
  emptyDisruptionForm,
  validateDisruptionForm,
  type DisruptionFormValues,
} from '../../disruptions/utils/disruption-form';

export type TaskUpdateFormValues = {
  text: string;
  status: TaskStatus | '';
  blockedReason: string;
  recordDisruption: boolean;
  disruption: DisruptionFormValues;
};

export const TASK_UPDATE_FIELDS = ['text', 'status', 'blockedReason', 'recordDisruption', ...DISRUPTION_FIELDS];

export function emptyTaskUpdate(today?: string): TaskUpdateFormValues {
  return { text: '', status: '', blockedReason: '', recordDisruption: false, disruption: emptyDisruptionForm(today) };
}

export function validateTaskUpdate(v: TaskUpdateFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!v.text.trim() && !v.status) errors.text = 'Write an update or choose a new status';
  const text = tooLongProblem('Update', v.text.trim(), TEXT_LIMITS.taskUpdate);
  if (text) errors.text = text;
  if (v.status === 'BLOCKED' && !v.blockedReason.trim()) errors.blockedReason = 'Say what is blocking the task';
  const blocked = tooLongProblem('What is blocking the task', v.blockedReason.trim(), TEXT_LIMITS.blockedReason);
  if (blocked) errors.blockedReason = blocked;
  if (v.status === 'COMPLETED' && v.recordDisruption) Object.assign(errors, validateDisruptionForm(v.disruption));
  return errors;
}

/** The mutation's input. A status change carries the version the person saw, so a clash becomes a CONFLICT. */
export function taskUpdateInput(taskId: string, version: number, v: TaskUpdateFormValues) {
  const status = v.status || null;
  let disruption = null;
  if (status === 'COMPLETED' && v.recordDisruption) {
    // The task's group is the ledger; the acting agency defaults to the task's own on the server.
    const { ocgId: _ocgId, agencyId: _agencyId, ...rest } = disruptionInput('', v.disruption);
    disruption = rest;
  }
  return {
    taskId,
    text: v.text.trim() || null,
    status,
    version: status ? version : null,
    blockedReason: status === 'BLOCKED' ? v.blockedReason.trim() : null,
    disruption,
  };
}

export type NotDoneFormValues = { notDoneCause: NotDoneCause | ''; closingNote: string };

export const NOT_DONE_FIELDS = ['notDoneCause', 'closingNote'];

export function validateNotDone(v: NotDoneFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!v.notDoneCause) errors.notDoneCause = 'Choose why the task was not done: circumstances changed, or the agency did not act';
  const note = tooLongProblem('Note', v.closingNote.trim(), TEXT_LIMITS.closingNote);
  if (note) errors.closingNote = note;
  return errors;
}

export function notDoneInput(taskId: string, version: number, v: NotDoneFormValues) {
  const note = v.closingNote.trim() || null;
  return { taskId, status: 'NOT_DONE' as const, version, notDoneCause: v.notDoneCause as NotDoneCause, text: note, closingNote: note };
}
