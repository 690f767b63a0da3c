import { useState } from 'react';
import { fieldLabel } from '@sentinel/shared';
import { apiErrors } from './utils/api-errors';

type Values = Record<string, unknown>;
/** Words for coded values, by field: an agency's name for its id, "High" for HIGH. */
export type ValueLabels = Record<string, Record<string, string>>;
/** Labels of fields that are parts of one record (`items.<id>`: an item of the minutes), as the form shows each. */
export type PartLabels = Record<string, string>;

/**
 * One behaviour for every form saved against the version it opened (optimistic concurrency). When the save
 * answers CONFLICT, the page reloads the record and takes its newer version; the form keeps what the person
 * typed, and `review` lays their change beside the one saved by someone else, field by field, in the form's
 * words. Saving again then applies their values to the newer version, with nothing to retype.
 */
export function useConflict<V extends Values>(entityType: string) {
  const [conflict, setConflict] = useState<{ fields: string[]; yours: V } | null>(null);
  return {
    /**
     * After a failed save: when it was a CONFLICT, reloads the record (`reload` also takes its newer version) and
     * only then shows the review, so that "saved by someone else" is never the old value. True for a CONFLICT.
     */
    async caught(error: unknown, yours: V, reload: () => Promise<unknown>): Promise<boolean> {
      const found = apiErrors(error).find((e) => e.code === 'CONFLICT');
      if (!found) {
        setConflict(null);
        return false;
      }
      await reload().catch(() => undefined);
      setConflict({ fields: found.changedFields ?? [], yours });
      return true;
    },
    clear: () => setConflict(null),
    /** Their change beside the person's own; `theirs` is the reloaded record as form values. */
    review(theirs: V | undefined, valueLabels: ValueLabels = {}, partLabels: PartLabels = {}) {
      if (!conflict || !theirs) return null;
      return (
        <ConflictReview
          entityType={entityType}
          fields={conflict.fields}
          yours={conflict.yours}
          theirs={theirs}
          valueLabels={valueLabels}
          partLabels={partLabels}
        />
      );
    },
  };
}

/**
 * The version a form saves against: the one it opened with, even if the cache learns of a newer one (the
 * server must answer CONFLICT rather than overwrite it); after a CONFLICT, the newer one just reloaded.
 */
export function useOpenedVersion(current: number | undefined) {
  const [opened, setOpened] = useState<number | null>(null);
  if (opened === null && current !== undefined) setOpened(current);
  return {
    current: () => opened ?? current ?? 0,
    moveTo: (version: number | undefined) => {
      if (version !== undefined) setOpened(version);
    },
  };
}

export function showValue(value: unknown, words: Record<string, string> = {}): string {
  if (Array.isArray(value)) return value.length ? value.map((v) => showValue(v, words)).join(', ') : 'None';
  if (value === null || value === undefined || value === '') return 'Not given';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') {
    const parts = Object.entries(value as Values).filter(([, v]) => v !== '' && v !== null && v !== undefined);
    return parts.length ? parts.map(([k, v]) => `${words[k] ?? k}: ${showValue(v)}`).join('; ') : 'None';
  }
  return words[String(value)] ?? String(value);
}

type ReviewProps = { entityType: string; fields: string[]; yours: Values; theirs: Values; valueLabels: ValueLabels; partLabels?: PartLabels };

export function ConflictReview({ entityType, fields, yours, theirs, valueLabels, partLabels = {} }: ReviewProps) {
  const labelOf = (f: string) => partLabels[f] ?? fieldLabel(entityType, f);
  // Two stored fields may be one field of the form (a presenter: a member or an agency): it is shown once.
  const shown = fields.filter((f) => f in yours && f in theirs);
  const rows = shown.filter((f, i) => shown.findIndex((e) => labelOf(e) === labelOf(f)) === i);
  return (
    <div className="govuk-inset-text" data-testid="conflict-review">
      <h2 className="govuk-heading-s">Saved by someone else while you were editing</h2>
      <p className="govuk-body">
        The form still holds your changes. Check them against what was saved, change anything you need to, then save again.
      </p>
      {rows.length > 0 && (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Your change beside the one saved by someone else</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Field
              </th>
              <th scope="col" className="govuk-table__header">
                Your change
              </th>
              <th scope="col" className="govuk-table__header">
                Saved by someone else
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((f) => (
              <tr key={f} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {labelOf(f)}
                </th>
                <td className="govuk-table__cell app-pre-wrap">{showValue(yours[f], valueLabels[f])}</td>
                <td className="govuk-table__cell app-pre-wrap">{showValue(theirs[f], valueLabels[f])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
