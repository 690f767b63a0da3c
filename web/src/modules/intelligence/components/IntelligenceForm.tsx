import type { ReactNode } from 'react';
import {
  HANDLING_CODES,
  HANDLING_CODE_LABELS,
  INTELLIGENCE_GRADES,
  INTELLIGENCE_GRADE_LABELS,
  SOURCE_GRADES,
  SOURCE_GRADE_LABELS,
  type HandlingCode,
  type IntelligenceGrade,
  type SourceGrade,
} from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { Checkboxes } from '../../../ui/Checkboxes';
import { DateField } from '../../../ui/DateField';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios } from '../../../ui/Radios';
import type { SelectOption } from '../../../ui/Select';
import { Textarea } from '../../../ui/Textarea';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { MarkingRadios } from '../../records/components/MarkingRadios';
import {
  CONDITIONS_MAX,
  emptyIntelligenceForm,
  INTELLIGENCE_FORM_FIELDS,
  TEXT_MAX,
  validateIntelligenceForm,
  type IntelligenceFormValues,
} from '../utils/intelligence-form';

type Props = {
  agencies: SelectOption[];
  onSubmit: (values: IntelligenceFormValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  heading: ReactNode;
  cancel?: ReactNode;
};

export function IntelligenceForm(props: Props) {
  const form = useForm({ initial: emptyIntelligenceForm(), validate: validateIntelligenceForm, ...props });
  const { values, set, errors } = form;
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, INTELLIGENCE_FORM_FIELDS, form.general)} />
      {props.heading}
      <p className="govuk-body">Entries are never edited. To correct one, add a new entry.</p>
      <form onSubmit={form.submit} noValidate>
        <DateField
          id="recordedOn"
          label="Date of the intelligence"
          value={values.recordedOn}
          onChange={set('recordedOn')}
          error={errors.recordedOn}
        />
        <Textarea id="text" label="Intelligence" value={values.text} onChange={set('text')} error={errors.text} rows={8} maxLength={TEXT_MAX} />
        <Radios
          id="sourceGrade"
          legend="Source evaluation"
          options={SOURCE_GRADES.map((g) => ({ value: g, label: SOURCE_GRADE_LABELS[g] }))}
          value={values.sourceGrade}
          onChange={(v) => set('sourceGrade')(v as SourceGrade)}
          error={errors.sourceGrade}
        />
        <Radios
          id="intelligenceGrade"
          legend="Intelligence assessment"
          options={INTELLIGENCE_GRADES.map((g) => ({ value: g, label: INTELLIGENCE_GRADE_LABELS[g] }))}
          value={values.intelligenceGrade}
          onChange={(v) => set('intelligenceGrade')(v as IntelligenceGrade)}
          error={errors.intelligenceGrade}
        />
        <Radios
          id="handling"
          legend="Handling code"
          options={HANDLING_CODES.map((h) => ({ value: h, label: HANDLING_CODE_LABELS[h] }))}
          value={values.handling}
          onChange={(v) => set('handling')(v as HandlingCode)}
          error={errors.handling}
        />
        {values.handling === 'C' && (
          <div className="app-conditional">
            <Textarea
              id="handlingConditions"
              label="Conditions of sharing"
              hint="What a recipient may and may not do with this intelligence"
              value={values.handlingConditions}
              onChange={set('handlingConditions')}
              error={errors.handlingConditions}
              rows={3}
              maxLength={CONDITIONS_MAX}
            />
            <Checkboxes
              id="recipientAgencyIds"
              legend="Agencies it may be shared with"
              hint="Your own agency always sees it"
              options={props.agencies}
              values={values.recipientAgencyIds}
              onChange={set('recipientAgencyIds')}
              error={errors.recipientAgencyIds}
            />
          </div>
        )}
        <MarkingRadios value={values.gscMarking} onChange={set('gscMarking')} error={errors.gscMarking} />
        <ButtonGroup>
          <Button disabled={props.submitting}>Add intelligence</Button>
          {props.cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
