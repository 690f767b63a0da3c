import type { ReactNode } from 'react';
import { PLACE_KINDS, TEXT_LIMITS, UK_BOUNDS, type ChbPhase, type PlaceKind } from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Fieldset } from '../../../ui/Fieldset';
import { Radios } from '../../../ui/Radios';
import { TextInput } from '../../../ui/TextInput';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { CHB_OPTIONS, placeKindLabel } from '../../records/utils/labels';
import { EMPTY_PLACE_FORM, PLACE_FORM_FIELDS, validatePlaceForm, type PlaceFormValues } from '../utils/place-form';
import { degrees, degreesText } from '../utils/position';
import { PositionMap } from './PositionMap';

type Props = {
  /** The place as recorded, when changing one; a new place starts empty. */
  initialValues?: PlaceFormValues;
  submitText?: string;
  onSubmit: (values: PlaceFormValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  heading: ReactNode;
  cancel?: ReactNode;
};

export function PlaceForm(props: Props) {
  const form = useForm({ initial: props.initialValues ?? EMPTY_PLACE_FORM, validate: validatePlaceForm, ...props });
  const { values, set, errors } = form;
  // A point chosen on the map fills the fields, and the area it falls in when none is entered yet.
  const pick = (latitude: number, longitude: number, area: string | null) =>
    form.setValues((v) => ({
      ...v,
      latitude: degreesText(latitude),
      longitude: degreesText(longitude),
      area: v.area.trim() ? v.area : (area ?? v.area),
    }));
  const coordinate = (id: 'latitude' | 'longitude', label: string, hint: string) => (
    <TextInput
      id={id}
      label={label}
      hint={hint}
      value={values[id]}
      onChange={set(id)}
      error={errors[id]}
      maxLength={12}
      spellCheck={false}
      autoComplete="off"
      widthClass="govuk-input--width-10"
    />
  );
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, PLACE_FORM_FIELDS, form.general)} />
      {props.heading}
      <form onSubmit={form.submit} noValidate>
        <TextInput
          id="label"
          label="Address or area"
          value={values.label}
          onChange={set('label')}
          error={errors.label}
          maxLength={TEXT_LIMITS.placeLabel}
        />
        <Radios
          id="kind"
          legend="Kind of place"
          options={PLACE_KINDS.map((k) => ({ value: k, label: placeKindLabel(k) }))}
          value={values.kind}
          onChange={(v) => set('kind')(v as PlaceKind)}
          error={errors.kind}
        />
        <TextInput
          id="area"
          label="Area (optional)"
          hint="The neighbourhood, town or policing area"
          value={values.area}
          onChange={set('area')}
          error={errors.area}
          maxLength={TEXT_LIMITS.placeArea}
          widthClass="govuk-input--width-20"
        />
        <Fieldset
          id="position"
          legend="Where it is on the map (optional)"
          hint={`Puts the place on the high-harm places map. Enter its latitude and longitude in decimal degrees, as a phone’s map gives them (within the UK: ${UK_BOUNDS.south} to ${UK_BOUNDS.north} and ${UK_BOUNDS.west} to ${UK_BOUNDS.east}), or click the spot on the map below.`}
        >
          {coordinate('latitude', 'Latitude', 'For example 54.5721')}
          {coordinate('longitude', 'Longitude', 'For example -1.2341 (west of Greenwich is negative)')}
          <PositionMap latitude={degrees(values.latitude)} longitude={degrees(values.longitude)} onPick={pick} />
        </Fieldset>
        <Radios
          id="highHarm"
          legend="Is this a high-harm place?"
          inline
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
          value={values.highHarm}
          onChange={(v) => set('highHarm')(v as 'yes' | 'no')}
          error={errors.highHarm}
        />
        <Radios
          id="chbPhase"
          legend="Clear-Hold-Build phase"
          options={[{ value: 'NONE', label: 'Not started' }, ...CHB_OPTIONS]}
          value={values.chbPhase}
          onChange={(v) => set('chbPhase')(v as ChbPhase | 'NONE')}
          error={errors.chbPhase}
        />
        <ButtonGroup>
          <Button disabled={props.submitting}>{props.submitText ?? 'Add place'}</Button>
          {props.cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
