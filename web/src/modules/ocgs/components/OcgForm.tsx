import type { ReactNode } from 'react';
import { CRIME_TYPES, CRIME_TYPE_LABELS, LIMITS, OCG_STATUSES, TEXT_LIMITS, type CrimeType, type OcgStatus } from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { Checkboxes } from '../../../ui/Checkboxes';
import { DateField } from '../../../ui/DateField';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios } from '../../../ui/Radios';
import { Select, type SelectOption } from '../../../ui/Select';
import { Textarea } from '../../../ui/Textarea';
import { TextInput } from '../../../ui/TextInput';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { statusLabel } from '../../records/utils/labels';
import { MAX_AREAS, OCG_FORM_FIELDS, validateOcgForm, type OcgFormValues } from '../utils/ocg-form';
import { MarkingRadios } from '../../records/components/MarkingRadios';
import { NamedNominalsWarning } from '../../free-text/components/NamedNominalsWarning';

type Props = {
  initialValues: OcgFormValues;
  officers: SelectOption[];
  submitText: string;
  onSubmit: (values: OcgFormValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  heading: ReactNode;
  cancel?: ReactNode;
};

export function OcgForm(props: Props) {
  const form = useForm({
    initial: props.initialValues,
    validate: (v: OcgFormValues) => validateOcgForm(v, props.initialValues.nextReviewOn),
    onSubmit: props.onSubmit,
    serverErrors: props.serverErrors,
    serverGeneral: props.serverGeneral,
  });
  const { values, set, errors } = form;
  const officerOptions = [{ value: '', label: 'Not assigned' }, ...props.officers];
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, OCG_FORM_FIELDS, form.general)} />
      {props.heading}
      <form onSubmit={form.submit} noValidate>
        <TextInput
          id="name"
          label="Name or operation name"
          value={values.name}
          onChange={set('name')}
          error={errors.name}
          maxLength={LIMITS.nameLength}
        />
        <Radios
          id="status"
          legend="Status"
          options={OCG_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
          value={values.status}
          onChange={(v) => set('status')(v as OcgStatus)}
          error={errors.status}
        />
        <Checkboxes
          id="crimeTypes"
          legend="Crime types"
          hint="Select all that apply"
          options={CRIME_TYPES.map((c) => ({ value: c, label: CRIME_TYPE_LABELS[c] }))}
          values={values.crimeTypes}
          onChange={(v) => set('crimeTypes')(v as CrimeType[])}
          error={errors.crimeTypes}
        />
        <Textarea
          id="areas"
          label="Areas of operation (optional)"
          hint={`One area on each line, up to ${MAX_AREAS}`}
          value={values.areas}
          onChange={set('areas')}
          error={errors.areas}
          rows={4}
        />
        <Textarea
          id="summary"
          label="Summary (optional)"
          value={values.summary}
          onChange={set('summary')}
          error={errors.summary}
          maxLength={TEXT_LIMITS.ocgSummary}
        />
        <NamedNominalsWarning texts={[values.name, values.summary]} />
        <Select
          id="lroUserId"
          label="Lead responsible officer (optional)"
          value={values.lroUserId}
          options={officerOptions}
          onChange={set('lroUserId')}
          error={errors.lroUserId}
        />
        <Select
          id="sroUserId"
          label="Senior responsible officer (optional)"
          value={values.sroUserId}
          options={officerOptions}
          onChange={set('sroUserId')}
          error={errors.sroUserId}
        />
        <DateField id="dateMapped" label="Date mapped (optional)" value={values.dateMapped} onChange={set('dateMapped')} error={errors.dateMapped} />
        <DateField
          id="nextReviewOn"
          label="Next review (optional)"
          value={values.nextReviewOn}
          onChange={set('nextReviewOn')}
          error={errors.nextReviewOn}
        />
        <MarkingRadios value={values.gscMarking} onChange={set('gscMarking')} error={errors.gscMarking} />
        <ButtonGroup>
          <Button disabled={props.submitting}>{props.submitText}</Button>
          {props.cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
