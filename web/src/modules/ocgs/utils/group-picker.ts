import type { OcgStatus } from '@sentinel/shared';
import type { ChoiceOption } from '../../../ui/Radios';
import { statusLabel } from '../../records/utils/labels';

export const GROUP_SEARCH_DEBOUNCE_MS = 250;
export const GROUP_SEARCH_MIN_LENGTH = 2;
export const GROUP_MATCH_LIMIT = 10;

export type GroupOptionValues = { id: string; reference: string; name: string; status: OcgStatus };

// A closed group can still be chosen (a task about an archived group's assets), but the person should see that it is closed.
const CLOSED: ReadonlySet<OcgStatus> = new Set(['DISMANTLED', 'ARCHIVED']);

export function groupChoice(group: GroupOptionValues, note?: string): ChoiceOption {
  const hint = [CLOSED.has(group.status) ? statusLabel(group.status) : null, note].filter(Boolean).join('. ');
  return { value: group.id, label: `${group.reference} ${group.name}`, hint: hint || undefined };
}

type Search = {
  /** Characters typed, spaces at either end left out. */
  typed: number;
  /** The answer for the text searched, once it has come. */
  found?: { term: string; shown: number; more: boolean };
  loading: boolean;
  failed: boolean;
};

// What the live region says: how many matched, or why nothing is listed.
export function groupMatchStatus({ typed, found, loading, failed }: Search): string {
  if (typed === 0) return '';
  if (typed < GROUP_SEARCH_MIN_LENGTH) return `Enter at least ${GROUP_SEARCH_MIN_LENGTH} characters`;
  if (failed) return 'The groups could not be searched. Try again.';
  if (loading || !found) return 'Searching…';
  const { term, shown, more } = found;
  if (shown === 0) return `No group matches “${term}”`;
  if (!more) return shown === 1 ? '1 group matches' : `${shown} groups match`;
  return `More than ${shown} groups match. Showing the closest ${shown}: keep typing to narrow`;
}
