import type { MeetingMinutesFieldsFragment } from '../../../gql/graphql';
import type { FieldErrors } from '../../app/utils/form-errors';
import { htmlToText, textToHtml } from '../../meetings/utils/rich-text';

export type MinutesFormValues = { reason: string; items: Record<string, { notes: string; decisions: string }> };

export function minutesFormFrom(minutes: MeetingMinutesFieldsFragment): MinutesFormValues {
  return {
    reason: '',
    items: Object.fromEntries(minutes.items.map((i) => [i.itemId, { notes: htmlToText(i.notes), decisions: htmlToText(i.decisions) }])),
  };
}

export function validateCorrection(v: MinutesFormValues): FieldErrors {
  const reason = v.reason.trim();
  if (!reason) return { reason: 'Enter why the approved minutes are being corrected' };
  if (reason.length > 2000) return { reason: 'The reason must be 2000 characters or fewer' };
  return {};
}

/** Only the items whose text changed are sent; the API keeps the others as they were. */
export function changedItems(minutes: MeetingMinutesFieldsFragment, v: MinutesFormValues) {
  const before = minutesFormFrom(minutes).items;
  return Object.entries(v.items)
    .filter(([id, now]) => now.notes !== before[id]?.notes || now.decisions !== before[id]?.decisions)
    .map(([itemId, now]) => ({ itemId, notes: textToHtml(now.notes), decisions: textToHtml(now.decisions) }));
}
