import type { ReactNode } from 'react';
import { CRIME_REFERENCE_HINT, LIMITS, TEXT_LIMITS } from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Fieldset } from '../../../ui/Fieldset';
import { Textarea } from '../../../ui/Textarea';
import { TextInput } from '../../../ui/TextInput';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { EMPTY_REFERRAL_FORM, REFERRAL_FIELDS, validateReferralForm, type OffenderRow, type ReferralFormValues } from '../utils/referral-form';

type Props = {
  onSubmit: (values: ReferralFormValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  heading: ReactNode;
  cancel?: ReactNode;
};

export function ReferralForm(props: Props) {
  const form = useForm({ initial: EMPTY_REFERRAL_FORM, validate: validateReferralForm, ...props });
  const { values, set, errors } = form;
  const setOffender = (i: number, field: keyof OffenderRow) => (value: string) =>
    set('offenders')(values.offenders.map((o, j) => (j === i ? { ...o, [field]: value } : o)));
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, REFERRAL_FIELDS, form.general)} />
      {props.heading}
      <form onSubmit={form.submit} noValidate>
        <Textarea
          id="crimeReferences"
          label="Crime reference numbers"
          hint={`At least one, for the related incidents. ${CRIME_REFERENCE_HINT}.`}
          value={values.crimeReferences}
          onChange={set('crimeReferences')}
          error={errors.crimeReferences}
          rows={3}
          spellCheck={false}
        />
        <Textarea
          id="summary"
          label="Summary"
          hint="What is happening, who is involved and why the panel should consider it"
          value={values.summary}
          onChange={set('summary')}
          error={errors.summary}
          rows={6}
          maxLength={TEXT_LIMITS.referralSummary}
        />
        <Fieldset id="offenders" legend="Offenders (optional)" hint="People you believe are involved" legendSize="m">
          {values.offenders.map((o, i) => (
            <div className="app-offender" key={i}>
              <h3 className="govuk-heading-s">{`Offender ${i + 1}`}</h3>
              <TextInput
                id={`offender-${i}-name`}
                label="Name"
                value={o.name}
                onChange={setOffender(i, 'name')}
                error={errors[`offender-${i}-name`]}
                maxLength={LIMITS.nameLength}
                autoComplete="off"
              />
              <TextInput
                id={`offender-${i}-dob`}
                label="Date of birth (optional)"
                hint="For example 1990-03-31"
                value={o.dateOfBirth}
                onChange={setOffender(i, 'dateOfBirth')}
                error={errors[`offender-${i}-dob`]}
                widthClass="govuk-input--width-10"
                inputMode="numeric"
              />
              <TextInput
                id={`offender-${i}-description`}
                label="Description (optional)"
                value={o.description}
                onChange={setOffender(i, 'description')}
                error={errors[`offender-${i}-description`]}
                maxLength={TEXT_LIMITS.referralOffenderDescription}
              />
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => set('offenders')(values.offenders.filter((_, j) => j !== i))}
              >
                Remove offender {i + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => set('offenders')([...values.offenders, { name: '', dateOfBirth: '', description: '' }])}
          >
            {values.offenders.length ? 'Add another offender' : 'Add an offender'}
          </button>
        </Fieldset>
        <Textarea
          id="vehicles"
          label="Vehicles (optional)"
          hint="Registrations, one on each line"
          value={values.vehicles}
          onChange={set('vehicles')}
          error={errors.vehicles}
          rows={3}
          spellCheck={false}
        />
        <Textarea
          id="places"
          label="Places (optional)"
          hint="Addresses or areas, one on each line"
          value={values.places}
          onChange={set('places')}
          error={errors.places}
          rows={3}
        />
        <TextInput
          id="onBehalfOf"
          label="On behalf of (optional)"
          hint="A retailer or other organisation referring through your agency"
          value={values.onBehalfOf}
          onChange={set('onBehalfOf')}
          error={errors.onBehalfOf}
          maxLength={LIMITS.nameLength}
        />
        <ButtonGroup>
          <Button disabled={props.submitting}>Make referral</Button>
          {props.cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
