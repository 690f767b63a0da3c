import { LIMITS } from '@sentinel/shared';
import type { AgendaRecordKind } from '../../../gql/graphql';
import type { FieldErrors } from '../../app/utils/form-errors';

export type AgendaRecordSearchValues = { recordKind: AgendaRecordKind | ''; text: string };

/** Field names as the API names them, so a server error on recordKind lands beside the radios. */
export const AGENDA_RECORD_FIELDS = ['recordKind', 'text'];

export const AGENDA_RECORD_KINDS: { value: AgendaRecordKind; label: string; hint: string; plural: string }[] = [
  { value: 'OCG', label: 'Group (OCG)', hint: 'By reference, such as OCG-0042, or name', plural: 'groups' },
  { value: 'TASK', label: 'Task', hint: 'Open tasks, by reference, such as A-0137, or title', plural: 'open tasks' },
  { value: 'REFERRAL', label: 'Referral', hint: 'By reference or words from the summary', plural: 'referrals' },
  { value: 'EMERGING_THREAT', label: 'Emerging threat', hint: 'By words from the title', plural: 'emerging threats' },
];

export function kindOf(kind: AgendaRecordKind) {
  return AGENDA_RECORD_KINDS.find((k) => k.value === kind) ?? AGENDA_RECORD_KINDS[0];
}

/** Matches shown at once: enough to choose from, few enough to read. */
export const CANDIDATE_SHOW_LIMIT = 10;

export type AgendaCandidate = { kind: AgendaRecordKind; id: string; reference: string | null; title: string };

export function validateAgendaRecordSearch(v: AgendaRecordSearchValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!v.recordKind) errors.recordKind = 'Select the kind of record to add';
  const text = v.text.trim();
  if (!text) errors.text = 'Enter a reference or words from the name or title';
  else if (text.length > LIMITS.searchLength) errors.text = `Search text must be ${LIMITS.searchLength} characters or fewer`;
  return errors;
}

/** "OCG-0003 Operation Larch"; emerging threats have no reference. */
export function recordText(c: { reference?: string | null; title: string }): string {
  return c.reference ? `${c.reference} ${c.title}` : c.title;
}

/** A referral is known by the start of its summary, as the agenda shows it. */
export function summaryStart(summary: string, length = 120): string {
  const flat = summary.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}
