import type { ReactNode } from 'react';
import { isUkRegistration, REGISTRATION_HINT, registrationShapeMessage, TEXT_LIMITS, tooLongProblem } from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios } from '../../../ui/Radios';
import { TextInput } from '../../../ui/TextInput';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { orNull } from '../../records/utils/lines';
import { useVehicleLookalikes } from './useVehicleLookalikes';

/** `existingId`: a vehicle already on record under a plate that reads like this one, chosen instead of a new one. */
export type VehicleFormValues = { registration: string; make: string; model: string; colour: string; existingId: string };
export const VEHICLE_FORM_FIELDS = ['registration', 'existingId', 'make', 'model', 'colour'];
const EMPTY: VehicleFormValues = { registration: '', make: '', model: '', colour: '', existingId: '' };
const DETAILS = [
  { id: 'make', label: 'Make', max: TEXT_LIMITS.vehicleMake },
  { id: 'model', label: 'Model', max: TEXT_LIMITS.vehicleModel },
  { id: 'colour', label: 'Colour', max: TEXT_LIMITS.vehicleColour },
] as const;

export function validateVehicleForm(values: VehicleFormValues) {
  const errors: FieldErrors = {};
  if (!/[a-z0-9]/i.test(values.registration)) errors.registration = 'Enter the registration';
  else if (!isUkRegistration(values.registration)) errors.registration = registrationShapeMessage(values.registration);
  // A vehicle already on record is linked as it is: what was typed about it is not sent.
  if (!values.existingId) {
    for (const { id, label, max } of DETAILS) {
      const problem = tooLongProblem(label, values[id].trim(), max);
      if (problem) errors[id] = problem;
    }
  }
  return errors;
}

export function vehicleInput(values: VehicleFormValues) {
  return { registration: values.registration.trim(), make: orNull(values.make), model: orNull(values.model), colour: orNull(values.colour) };
}

type Props = {
  panelId: string;
  onSubmit: (values: VehicleFormValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  heading: ReactNode;
  cancel?: ReactNode;
};

export function VehicleForm({ panelId, ...props }: Props) {
  const form = useForm({ initial: EMPTY, validate: validateVehicleForm, ...props });
  const { values, set, errors } = form;
  const lookalikes = useVehicleLookalikes(panelId, values.registration);
  const { existingId } = values;
  // Another plate typed takes back the choice of a vehicle offered for the last one.
  const setRegistration = (registration: string) => form.setValues((v) => ({ ...v, registration, existingId: '' }));
  const field = ({ id, label, max }: (typeof DETAILS)[number]) => (
    <TextInput
      key={id}
      id={id}
      label={`${label} (optional)`}
      value={values[id]}
      onChange={set(id)}
      error={errors[id]}
      maxLength={max}
      widthClass="govuk-input--width-20"
    />
  );
  const plate = values.registration.trim().toUpperCase();
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, VEHICLE_FORM_FIELDS, form.general)} />
      {props.heading}
      <p className="govuk-body">
        If the vehicle is already on record, it is found by its registration and linked to this group. A plate on record that reads like the one you
        enter (a letter misread, such as 0 and O or M and N) is offered to choose instead.
      </p>
      <form onSubmit={form.submit} noValidate>
        <TextInput
          id="registration"
          label="Registration"
          hint={REGISTRATION_HINT}
          value={values.registration}
          onChange={setRegistration}
          error={errors.registration}
          maxLength={20}
          widthClass="govuk-input--width-10 app-registration"
          spellCheck={false}
          autoComplete="off"
        />
        {lookalikes.length > 0 && (
          <Radios
            id="existingId"
            legend="Is it a vehicle already on record?"
            hint={`These plates read like ${plate}: choose one if ${plate} was misread or mistyped.`}
            options={[
              ...lookalikes.map((v) => ({ value: v.id, label: v.registration, hint: v.description ?? undefined })),
              { value: '', label: `No, record ${plate} as a new vehicle` },
            ]}
            value={existingId}
            onChange={set('existingId')}
            error={errors.existingId}
          />
        )}
        {!existingId && <>{DETAILS.map(field)}</>}
        <ButtonGroup>
          <Button disabled={props.submitting}>{existingId ? 'Link vehicle' : 'Add vehicle'}</Button>
          {props.cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
