import { TEXT_LIMITS, tooLongProblem, type ChbPhase, type PlaceKind } from '@sentinel/shared';
import type { FieldErrors } from '../../app/utils/form-errors';
import { orNull } from '../../records/utils/lines';
import type { PlaceDetailsFragment } from '../../../gql/graphql';
import { degrees, degreesText, positionError } from './position';

export type PlaceFormValues = {
  label: string;
  kind: PlaceKind | '';
  area: string;
  latitude: string;
  longitude: string;
  highHarm: 'yes' | 'no';
  chbPhase: ChbPhase | 'NONE';
};

export const PLACE_FORM_FIELDS = ['label', 'kind', 'area', 'latitude', 'longitude', 'highHarm', 'chbPhase'];

export const EMPTY_PLACE_FORM: PlaceFormValues = { label: '', kind: '', area: '', latitude: '', longitude: '', highHarm: 'no', chbPhase: 'NONE' };

/** A place as recorded, as the form holds it. */
export function placeFormValues(place: PlaceDetailsFragment): PlaceFormValues {
  const position = (v: number | null | undefined) => (v === null || v === undefined ? '' : degreesText(v));
  return {
    label: place.label,
    kind: place.kind,
    area: place.area ?? '',
    latitude: position(place.latitude),
    longitude: position(place.longitude),
    highHarm: place.highHarm ? 'yes' : 'no',
    chbPhase: place.chbPhase ?? 'NONE',
  };
}

export function validatePlaceForm(values: PlaceFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const label = values.label.trim();
  if (label.length < 2) errors.label = 'Enter the address or the name of the area';
  else if (label.length > TEXT_LIMITS.placeLabel) errors.label = tooLongProblem('Address or area', label, TEXT_LIMITS.placeLabel)!;
  if (!values.kind) errors.kind = 'Select the kind of place';
  const area = tooLongProblem('Area', values.area.trim(), TEXT_LIMITS.placeArea);
  if (area) errors.area = area;
  const position = positionError(values.latitude, values.longitude);
  if (position) errors[position.field] = position.message;
  return errors;
}

/** The fields both recording and changing a place send. */
export function placeInput(values: PlaceFormValues) {
  return {
    label: values.label.trim(),
    kind: values.kind as PlaceKind,
    area: orNull(values.area),
    latitude: degrees(values.latitude),
    longitude: degrees(values.longitude),
    highHarm: values.highHarm === 'yes',
    chbPhase: values.chbPhase === 'NONE' ? null : values.chbPhase,
  };
}
