import { useState, type FormEvent } from 'react';
import { DateField, isIsoDate } from '../../../ui/DateField';

export type ReportPeriod = { from: string; to: string };

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The year to today, as a report opens. */
export function lastTwelveMonths(): ReportPeriod {
  const today = new Date();
  return { from: iso(new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate() + 1))), to: iso(today) };
}

/** The first and last day of a report, checked before it is asked for. */
export function ReportPeriodForm({
  period,
  onChange,
  submitLabel = 'Show the report',
}: {
  period: ReportPeriod;
  onChange: (p: ReportPeriod) => void;
  submitLabel?: string;
}) {
  const [draft, setDraft] = useState(period);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: { from?: string; to?: string } = {};
    if (!isIsoDate(draft.from)) found.from = 'Enter the start date, for example 2026-01-01';
    if (!isIsoDate(draft.to)) found.to = 'Enter the end date, for example 2026-06-30';
    if (!found.from && !found.to && draft.from > draft.to) found.to = 'The end date must be on or after the start date';
    setErrors(found);
    if (!found.from && !found.to) onChange(draft);
  };
  return (
    <form onSubmit={submit} aria-label="Report period" noValidate>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <DateField id="report-from" label="From" value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} error={errors.from} />
        </div>
        <div className="govuk-grid-column-one-half">
          <DateField id="report-to" label="To" value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} error={errors.to} />
        </div>
      </div>
      <button type="submit" className="govuk-button">
        {submitLabel}
      </button>
    </form>
  );
}
