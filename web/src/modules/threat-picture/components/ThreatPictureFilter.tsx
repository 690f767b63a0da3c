import { useState, type FormEvent } from 'react';
import { CRIME_TYPES, CRIME_TYPE_LABELS } from '@sentinel/shared';
import { DateField } from '../../../ui/DateField';
import { Select } from '../../../ui/Select';
import { filterErrors, PERIOD_OPTIONS, type PeriodChoice, type ThreatPictureFilterValues } from '../utils/period';

type Props = { applied: ThreatPictureFilterValues; areas: readonly string[]; onApply: (filter: ThreatPictureFilterValues) => void };

// Applies on the button only, so nothing on the page moves while someone is still choosing (WCAG 3.2.2).
export function ThreatPictureFilter({ applied, areas, onApply }: Props) {
  const [draft, setDraft] = useState(applied);
  const [errors, setErrors] = useState<ReturnType<typeof filterErrors>>({});
  const set = (field: keyof ThreatPictureFilterValues) => (value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = filterErrors(draft);
    setErrors(found);
    if (!found.from && !found.to) onApply(draft);
  };
  return (
    <form className="app-filter-bar govuk-!-margin-bottom-6" onSubmit={submit} aria-label="Filter the threat picture" noValidate>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select id="tp-period" label="Period" value={draft.period} options={PERIOD_OPTIONS} onChange={(v) => set('period')(v as PeriodChoice)} />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="tp-area"
            label="Area"
            value={draft.area}
            onChange={set('area')}
            options={[{ value: '', label: 'All areas' }, ...areas.map((a) => ({ value: a, label: a }))]}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="tp-crime-type"
            label="Crime type"
            value={draft.crimeType}
            onChange={set('crimeType')}
            options={[{ value: '', label: 'All crime types' }, ...CRIME_TYPES.map((c) => ({ value: c, label: CRIME_TYPE_LABELS[c] }))]}
          />
        </div>
      </div>
      {draft.period === 'custom' && (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <DateField id="tp-from" label="From" value={draft.from} onChange={set('from')} error={errors.from} />
          </div>
          <div className="govuk-grid-column-one-third">
            <DateField id="tp-to" label="To" value={draft.to} onChange={set('to')} error={errors.to} />
          </div>
        </div>
      )}
      <button type="submit" className="govuk-button">
        Apply filters
      </button>
    </form>
  );
}
