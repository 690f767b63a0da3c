import type { ReactNode } from 'react';
import { AGENCY_KINDS, LIMITS, TACTIC_HEADINGS, TACTIC_HEADING_LABELS } from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { Checkboxes } from '../../../ui/Checkboxes';
import { DateField } from '../../../ui/DateField';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios } from '../../../ui/Radios';
import { TextInput } from '../../../ui/TextInput';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { AGENCY_FORM_FIELDS, validateAgencyForm, type AgencyFormValues } from '../utils/agency-form';
import { kindLabel } from '../utils/labels';
import type { AgencyKind, TacticHeading } from '@sentinel/shared';

type Props = {
  initialValues: AgencyFormValues;
  submitText: string;
  onSubmit: (values: AgencyFormValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  heading: ReactNode;
  cancel?: ReactNode;
};

export function AgencyForm(props: Props) {
  const form = useForm({ initial: props.initialValues, validate: validateAgencyForm, ...props });
  const { values, set, errors } = form;

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, AGENCY_FORM_FIELDS, form.general)} />
      {props.heading}
      <form onSubmit={form.submit} noValidate>
        <TextInput id="name" label="Name" value={values.name} onChange={set('name')} error={errors.name} maxLength={LIMITS.nameLength} />
        <Radios
          id="kind"
          legend="Kind of agency"
          options={AGENCY_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
          value={values.kind}
          onChange={(v) => set('kind')(v as AgencyKind)}
          error={errors.kind}
        />
        <Checkboxes
          id="tacticHeadings"
          legend="Tactic headings"
          hint="The headings of the menu of disruption tactics the agency holds powers under. Select all that apply."
          options={TACTIC_HEADINGS.map((h) => ({ value: h, label: TACTIC_HEADING_LABELS[h] }))}
          values={values.tacticHeadings}
          onChange={(v) => set('tacticHeadings')(v as TacticHeading[])}
          error={errors.tacticHeadings}
        />
        <h2 className="govuk-heading-m">Information-sharing agreement</h2>
        <TextInput
          id="isaReference"
          label="Agreement reference (optional)"
          value={values.isaReference}
          onChange={set('isaReference')}
          error={errors.isaReference}
          widthClass="govuk-input--width-20"
          maxLength={LIMITS.referenceLength}
        />
        <DateField
          id="isaSignedOn"
          label="Signed on (optional)"
          value={values.isaSignedOn}
          onChange={set('isaSignedOn')}
          error={errors.isaSignedOn}
        />
        <DateField
          id="isaExpiresOn"
          label="Expires on (optional)"
          value={values.isaExpiresOn}
          onChange={set('isaExpiresOn')}
          error={errors.isaExpiresOn}
        />
        <Radios
          id="isaCoversPersonalData"
          legend="Does the agreement cover personal data?"
          inline
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
          value={values.isaCoversPersonalData}
          onChange={(v) => set('isaCoversPersonalData')(v as AgencyFormValues['isaCoversPersonalData'])}
          error={errors.isaCoversPersonalData}
        />
        <ButtonGroup>
          <Button disabled={props.submitting}>{props.submitText}</Button>
          {props.cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
