import type { ReactNode } from 'react';
import { CRIME_TYPES, CRIME_TYPE_LABELS, LIMITS, TEXT_LIMITS, type CrimeType } from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Select } from '../../../ui/Select';
import { Textarea } from '../../../ui/Textarea';
import { TextInput } from '../../../ui/TextInput';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { THREAT_FORM_FIELDS, validateThreatForm, type ThreatFormValues } from '../utils/threat-form';

type Props = {
  initial: ThreatFormValues;
  heading: ReactNode;
  submitText: string;
  cancel: ReactNode;
  onSubmit: (values: ThreatFormValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
};

export function ThreatForm({ initial, heading, submitText, cancel, submitting, ...props }: Props) {
  const form = useForm({ initial, validate: validateThreatForm, ...props });
  const { values, set, errors } = form;
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, THREAT_FORM_FIELDS, form.general)} />
      {heading}
      <form onSubmit={form.submit} noValidate>
        <TextInput
          id="title"
          label="Title"
          hint="The threat or trend in a few words"
          value={values.title}
          onChange={set('title')}
          error={errors.title}
          maxLength={LIMITS.nameLength}
        />
        <Textarea
          id="description"
          label="Description"
          hint="What has been seen, where and since when. Do not name people here"
          value={values.description}
          onChange={set('description')}
          error={errors.description}
          rows={5}
          maxLength={TEXT_LIMITS.threatDescription}
        />
        <Select
          id="crimeType"
          label="Crime type"
          hint="Optional"
          value={values.crimeType}
          options={[{ value: '', label: 'Not set' }, ...CRIME_TYPES.map((c) => ({ value: c, label: CRIME_TYPE_LABELS[c] }))]}
          onChange={(v) => set('crimeType')(v as CrimeType | '')}
          error={errors.crimeType}
        />
        <TextInput
          id="area"
          label="Area"
          hint="Optional. A town, ward or route"
          value={values.area}
          onChange={set('area')}
          error={errors.area}
          maxLength={TEXT_LIMITS.threatArea}
        />
        <ButtonGroup>
          <Button disabled={submitting}>{submitText}</Button>
          {cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
