import {
  FIELD_LABELS,
  FOUR_P_LABELS,
  GSC_MARKING_LABELS,
  TASK_PRIORITY_LABELS,
  type FourPStrand,
  type GscMarking,
  type TaskPriority,
} from '@sentinel/shared';
import { formatDate } from '../../app/utils/dates';

// The form's words for each field (FIELD_LABELS in shared), as a CONFLICT names them; the timeline says "Marking".
export const TASK_FIELD_LABELS: Record<string, string> = { ...FIELD_LABELS.Task, gscMarking: 'Marking' };

/** Names the timeline can put in place of ids: agencies and members of the panel. */
export type NameLookup = { agencies: ReadonlyMap<string, string>; people: ReadonlyMap<string, string> };

export const NO_NAMES: NameLookup = { agencies: new Map(), people: new Map() };

export type ChangeLine = { label: string; text: string };

// The API sends each value as JSON (a string is quoted); anything unreadable is shown as it came.
function parse(value: string | null): unknown {
  if (value === null) return null;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function readable(field: string, raw: unknown, names: NameLookup): string | null {
  if (raw === null || raw === undefined || raw === '') return 'None';
  const value = String(raw);
  switch (field) {
    case 'agencyId':
      return names.agencies.get(value) ?? null;
    case 'ownerUserId':
      return names.people.get(value) ?? null;
    case 'dueOn':
      return formatDate(value);
    case 'priority':
      return TASK_PRIORITY_LABELS[value as TaskPriority] ?? value;
    case 'strand':
      return FOUR_P_LABELS[value as FourPStrand] ?? value;
    case 'gscMarking':
      return GSC_MARKING_LABELS[value as GscMarking] ?? value;
    default:
      return value;
  }
}

/** "Due date: 1 May 2026 → 15 May 2026"; an id with no name to show says only what changed. */
export function describeChange(change: { field: string; before: string | null; after: string | null }, names: NameLookup): ChangeLine {
  const label = TASK_FIELD_LABELS[change.field] ?? change.field;
  const before = readable(change.field, parse(change.before), names);
  const after = readable(change.field, parse(change.after), names);
  if (before === null || after === null) {
    const text = change.field === 'agencyId' ? 'Reallocated' : change.field === 'ownerUserId' ? 'Owner changed' : 'Changed';
    return { label, text: after !== null && after !== 'None' ? `${text} to ${after}` : text };
  }
  return { label, text: `${before} → ${after}` };
}
