import type { ReactNode } from 'react';
import { LIMITS } from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { TextInput } from '../../../ui/TextInput';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { orNull } from '../../records/utils/lines';

export type VehicleFormValues = { registration: string; make: string; model: string; colour: string };
export const VEHICLE_FORM_FIELDS = ['registration', 'make', 'model', 'colour'];
const EMPTY: VehicleFormValues = { registration: '', make: '', model: '', colour: '' };

export function validateVehicleForm(values: VehicleFormValues) {
  const errors: FieldErrors = {};
  if (!/[a-z0-9]/i.test(values.registration)) errors.registration = 'Enter the registration';
  return errors;
}

export function vehicleInput(values: VehicleFormValues) {
  return { registration: values.registration.trim(), make: orNull(values.make), model: orNull(values.model), colour: orNull(values.colour) };
}

type Props = {
  onSubmit: (values: VehicleFormValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  heading: ReactNode;
  cancel?: ReactNode;
};

export function VehicleForm(props: Props) {
  const form = useForm({ initial: EMPTY, validate: validateVehicleForm, ...props });
  const { values, set, errors } = form;
  const field = (id: keyof VehicleFormValues, label: string) => (
    <TextInput
      id={id}
      label={label}
      value={values[id]}
      onChange={set(id)}
      error={errors[id]}
      maxLength={LIMITS.referenceLength}
      widthClass="govuk-input--width-20"
    />
  );
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, VEHICLE_FORM_FIELDS, form.general)} />
      {props.heading}
      <p className="govuk-body">If the vehicle is already on record, it is found by its registration and linked to this group.</p>
      <form onSubmit={form.submit} noValidate>
        <TextInput
          id="registration"
          label="Registration"
          hint="Any format, for example AB12 CDE"
          value={values.registration}
          onChange={set('registration')}
          error={errors.registration}
          maxLength={20}
          widthClass="govuk-input--width-10 app-registration"
          spellCheck={false}
          autoComplete="off"
        />
        {field('make', 'Make (optional)')}
        {field('model', 'Model (optional)')}
        {field('colour', 'Colour (optional)')}
        <ButtonGroup>
          <Button disabled={props.submitting}>Add vehicle</Button>
          {props.cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
