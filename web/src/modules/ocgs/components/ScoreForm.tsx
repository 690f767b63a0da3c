import type { ReactNode } from 'react';
import { SCORE_PARTS, SCORE_PART_LABELS, TEXT_LIMITS, maxTotal, type Confidence } from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios } from '../../../ui/Radios';
import { Textarea } from '../../../ui/Textarea';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { CONFIDENCE_OPTIONS } from '../../records/utils/labels';
import { liveTotal, SCORE_FORM_FIELDS, validateScoreForm, type ScoreFormValues } from '../utils/score-form';

type Props = {
  initialValues: ScoreFormValues;
  scaleMax: number;
  onSubmit: (values: ScoreFormValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  heading: ReactNode;
  cancel?: ReactNode;
};

export function ScoreForm(props: Props) {
  const { scaleMax } = props;
  const form = useForm({
    initial: props.initialValues,
    validate: (v: ScoreFormValues) => validateScoreForm(v, scaleMax),
    onSubmit: props.onSubmit,
    serverErrors: props.serverErrors,
    serverGeneral: props.serverGeneral,
  });
  const { values, set, errors } = form;
  const total = liveTotal(values, scaleMax);
  const scale = Array.from({ length: scaleMax }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, SCORE_FORM_FIELDS, form.general)} />
      {props.heading}
      <p className="govuk-body">
        Score each part from 1 (lowest) to {scaleMax} (highest). The total is harm times likelihood, plus capability and capacity.
      </p>
      <form onSubmit={form.submit} noValidate>
        {SCORE_PARTS.map((part) => (
          <Radios
            key={part}
            id={part}
            legend={SCORE_PART_LABELS[part]}
            inline
            options={scale}
            value={values[part]}
            onChange={set(part)}
            error={errors[part]}
          />
        ))}
        <div className="app-live-total" aria-live="polite" aria-atomic="true">
          <p className="govuk-body-l govuk-!-margin-bottom-0">
            {total === null ? 'Total: score every part to see the total' : `Total: ${total} out of ${maxTotal(scaleMax)}`}
          </p>
        </div>
        <Radios
          id="confidence"
          legend="Confidence in this score"
          inline
          options={CONFIDENCE_OPTIONS}
          value={values.confidence}
          onChange={(v) => set('confidence')(v as Confidence)}
          error={errors.confidence}
        />
        <Textarea
          id="rationale"
          label="Rationale (optional)"
          hint="Why the group scores as it does: what the panel knows and how"
          value={values.rationale}
          onChange={set('rationale')}
          error={errors.rationale}
          maxLength={TEXT_LIMITS.scoreRationale}
        />
        <ButtonGroup>
          <Button disabled={props.submitting}>Save score</Button>
          {props.cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
