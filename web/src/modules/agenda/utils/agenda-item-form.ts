import { LIMITS, tooLongProblem } from '@sentinel/shared';
import type { FieldErrors } from '../../app/utils/form-errors';

export type AgendaItemFormValues = { title: string; minutesAllocated: string; presenter: string; restrictedTo: string[] };

export const AGENDA_ITEM_FIELDS = ['title', 'minutesAllocated', 'presenter', 'restrictedTo'];

type Item = {
  title: string;
  minutesAllocated: number;
  presenterUserId?: string | null;
  presenterAgencyId?: string | null;
  restrictedToIds: string[];
};

/** The presenter is a member or, failing that, an agency: one select, its values prefixed with which. */
export function presenterValue(item: Pick<Item, 'presenterUserId' | 'presenterAgencyId'>): string {
  if (item.presenterUserId) return `user:${item.presenterUserId}`;
  if (item.presenterAgencyId) return `agency:${item.presenterAgencyId}`;
  return '';
}

export function agendaItemFormFrom(item: Item | null): AgendaItemFormValues {
  if (!item) return { title: '', minutesAllocated: '5', presenter: '', restrictedTo: [] };
  return {
    title: item.title,
    minutesAllocated: String(item.minutesAllocated),
    presenter: presenterValue(item),
    restrictedTo: [...item.restrictedToIds],
  };
}

/** The form's values under the item's own field names, as a CONFLICT names them: the one presenter stands for both. */
export type AgendaItemReviewValues = {
  title: string;
  minutesAllocated: string;
  presenterUserId: string;
  presenterAgencyId: string;
  restrictedTo: string[];
};

export function agendaItemReview(v: AgendaItemFormValues): AgendaItemReviewValues {
  return {
    title: v.title,
    minutesAllocated: v.minutesAllocated,
    presenterUserId: v.presenter,
    presenterAgencyId: v.presenter,
    restrictedTo: v.restrictedTo,
  };
}

export function validateAgendaItemForm(v: AgendaItemFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const title = v.title.trim();
  if (!title) errors.title = 'Enter the item’s title';
  else if (title.length > LIMITS.nameLength) errors.title = tooLongProblem('Title', title, LIMITS.nameLength)!;
  const minutes = Number(v.minutesAllocated);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 120)
    errors.minutesAllocated = 'Enter the minutes allocated, a whole number from 1 to 120';
  return errors;
}

export function agendaItemFields(v: AgendaItemFormValues) {
  const [kind, id] = v.presenter.split(':');
  return {
    title: v.title.trim(),
    minutesAllocated: Number(v.minutesAllocated),
    presenterUserId: kind === 'user' ? id : null,
    presenterAgencyId: kind === 'agency' ? id : null,
    restrictedTo: v.restrictedTo,
  };
}

/** "2-hour slot", "90-minute slot". */
export function slotText(slotMinutes: number): string {
  return slotMinutes % 60 === 0 ? `${slotMinutes / 60}-hour slot` : `${slotMinutes}-minute slot`;
}

export function minutesText(n: number): string {
  return `${n} ${n === 1 ? 'minute' : 'minutes'}`;
}
