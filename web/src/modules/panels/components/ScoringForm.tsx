import { useEffect, useRef, type ReactNode } from 'react';
import { maxTotal, SCORING_LIMITS, tierRanges } from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Fieldset } from '../../../ui/Fieldset';
import { Select } from '../../../ui/Select';
import { TextInput } from '../../../ui/TextInput';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { scoringFormFields, scoringRules, tierFieldId, validateScoringForm, type ScoringFormValues } from '../utils/scoring-form';

type Props = {
  initialValues: ScoringFormValues;
  onSubmit: (values: ScoringFormValues) => Promise<void>;
  /** Rows were added or removed: errors from the server name rows by position, so they no longer fit. */
  onRowsChanged?: () => void;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  heading: ReactNode;
  cancel?: ReactNode;
};

const L = SCORING_LIMITS;
const SCALES = Array.from({ length: L.scaleMax - L.scaleMin + 1 }, (_, i) => String(L.scaleMin + i)).map((n) => ({ value: n, label: n }));

export function ScoringForm(props: Props) {
  const form = useForm({ initial: props.initialValues, validate: validateScoringForm, ...props });
  const { values, set, errors } = form;
  const rows = values.tiers;
  // The input to move to once a row has been added or removed and the page has been drawn again.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [rows.length]);

  const setRows = (next: ScoringFormValues['tiers'], focus: string) => {
    form.clearErrors();
    props.onRowsChanged?.();
    focusNext.current = focus;
    set('tiers')(next);
  };
  const setRow = (i: number, field: 'name' | 'minTotal') => (value: string) =>
    set('tiers')(rows.map((row, j) => (j === i ? { ...row, [field]: value } : row)));
  const add = () => setRows([...rows, { name: '', minTotal: '' }], tierFieldId(rows.length, 'name'));
  // Focus goes to the row that took the removed one's place, or to the one above when the last was removed.
  const remove = (i: number) =>
    setRows(
      rows.filter((_, j) => j !== i),
      tierFieldId(Math.min(i, rows.length - 2), 'name'),
    );

  const summary = summaryItems(errors, scoringFormFields(rows.length), form.general).map((item) =>
    item.fieldId === 'tiers' ? { ...item, fieldId: tierFieldId(0, 'name') } : item,
  );
  const scale = Number(values.scaleMax);
  const valid = Object.keys(validateScoringForm(values)).length === 0;

  return (
    <>
      <ErrorSummary errors={summary} />
      {props.heading}
      <form onSubmit={form.submit} noValidate>
        <Select
          id="scaleMax"
          label="Score each part of a threat score from 1 to"
          hint={`The highest total on this scale is ${maxTotal(scale)}. A new scale applies to scores given from now on: the totals and tiers already given stay as they are.`}
          value={values.scaleMax}
          options={SCALES}
          onChange={set('scaleMax')}
          error={errors.scaleMax}
        />
        <Fieldset
          id="tiers"
          legend="Tiers"
          legendSize="m"
          hint={`From ${L.tiersMin} to ${L.tiersMax} tiers, highest first. Each tier runs from its lowest total up to the tier above; the last starts at 0, so that every total has a tier. When you save, every scored group is given the tier its current total falls in.`}
          error={errors.tiers}
        >
          {rows.map((row, i) => (
            <Fieldset key={i} id={`tiers.${i}`} legend={`Tier ${i + 1}`}>
              <div className="app-form-row">
                <TextInput
                  id={tierFieldId(i, 'name')}
                  label="Name"
                  value={row.name}
                  onChange={setRow(i, 'name')}
                  error={errors[tierFieldId(i, 'name')]}
                  widthClass="govuk-input--width-20"
                  maxLength={L.tierNameLength}
                  autoComplete="off"
                />
                <TextInput
                  id={tierFieldId(i, 'minTotal')}
                  label="Lowest total"
                  value={row.minTotal}
                  onChange={setRow(i, 'minTotal')}
                  error={errors[tierFieldId(i, 'minTotal')]}
                  widthClass="govuk-input--width-4"
                  inputMode="numeric"
                  spellCheck={false}
                />
                {rows.length > L.tiersMin && (
                  <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={() => remove(i)}>
                    Remove<span className="govuk-visually-hidden">{` tier ${i + 1}`}</span>
                  </button>
                )}
              </div>
            </Fieldset>
          ))}
          {rows.length < L.tiersMax ? (
            <button type="button" className="govuk-button govuk-button--secondary" onClick={add}>
              Add a tier
            </button>
          ) : (
            <p className="govuk-body">{`A panel can have up to ${L.tiersMax} tiers.`}</p>
          )}
        </Fieldset>
        <h2 className="govuk-heading-m">What the tiers mean</h2>
        {valid ? (
          <ul className="govuk-list govuk-list--bullet" data-testid="tier-ranges">
            {tierRanges(scoringRules(values).tiers).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">Correct the tiers to see which totals each one covers.</p>
        )}
        <ButtonGroup>
          <Button disabled={props.submitting}>Save scoring</Button>
          {props.cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
