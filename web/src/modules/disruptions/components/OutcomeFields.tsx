import { Fieldset } from '../../../ui/Fieldset';
import { TextInput } from '../../../ui/TextInput';
import type { FieldErrors } from '../../app/utils/form-errors';
import { outcomeId, type DrugRow } from '../utils/disruption-form';
import { AMOUNT_OUTCOMES, COUNT_OUTCOMES } from '../utils/outcomes';

type Props = {
  outcomes: Record<string, string>;
  onOutcomes: (next: Record<string, string>) => void;
  drugs: DrugRow[];
  onDrugs: (next: DrugRow[]) => void;
  errors: FieldErrors;
};

export function OutcomeFields({ outcomes, onOutcomes, drugs, onDrugs, errors }: Props) {
  const setOutcome = (key: string) => (value: string) => onOutcomes({ ...outcomes, [key]: value });
  const setDrug = (i: number, field: keyof DrugRow) => (value: string) => onDrugs(drugs.map((d, j) => (j === i ? { ...d, [field]: value } : d)));
  return (
    <>
      <Fieldset id="outcomes" legend="Outcomes" hint="Leave blank anything that did not happen" legendSize="m">
        <div className="app-outcome-grid">
          {[...COUNT_OUTCOMES, ...AMOUNT_OUTCOMES].map(([key, label]) => (
            <TextInput
              key={key}
              id={outcomeId(key)}
              label={label}
              value={outcomes[key] ?? ''}
              onChange={setOutcome(key)}
              error={errors[outcomeId(key)]}
              inputMode={AMOUNT_OUTCOMES.some(([k]) => k === key) ? 'decimal' : 'numeric'}
              widthClass="govuk-input--width-5"
              spellCheck={false}
            />
          ))}
        </div>
      </Fieldset>
      <Fieldset id="drugs" legend="Drugs seized" hint="One row for each type of drug" legendSize="m">
        {drugs.map((d, i) => (
          <div className="app-drug-row" key={i}>
            <TextInput
              id={`drug-${i}-type`}
              label={`Type of drug, row ${i + 1}`}
              value={d.type}
              onChange={setDrug(i, 'type')}
              error={errors[`drug-${i}-type`]}
              widthClass="govuk-input--width-20"
            />
            <TextInput
              id={`drug-${i}-kg`}
              label={`Weight in kg, row ${i + 1}`}
              value={d.kg}
              onChange={setDrug(i, 'kg')}
              error={errors[`drug-${i}-kg`]}
              inputMode="decimal"
              widthClass="govuk-input--width-5"
            />
            <button
              type="button"
              className="govuk-button govuk-button--secondary app-button--small"
              onClick={() => onDrugs(drugs.filter((_, j) => j !== i))}
            >
              Remove<span className="govuk-visually-hidden"> row {i + 1}</span>
            </button>
          </div>
        ))}
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => onDrugs([...drugs, { type: '', kg: '' }])}>
          {drugs.length ? 'Add another drug' : 'Add a drug seizure'}
        </button>
      </Fieldset>
    </>
  );
}
