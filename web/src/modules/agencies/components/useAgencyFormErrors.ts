import { useState } from 'react';
import { apiErrors } from '../../app/utils/api-errors';
import { splitApiErrors, type FieldErrors } from '../../app/utils/form-errors';
import { AGENCY_FORM_FIELDS } from '../utils/agency-form';

// Server answers for the agency forms: field errors beside their inputs, CONFLICT and others in the summary.
export function useServerErrors(fields: string[] = AGENCY_FORM_FIELDS) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  return {
    fieldErrors,
    general,
    hasErrors: Object.keys(fieldErrors).length + general.length > 0,
    clear: () => {
      setFieldErrors({});
      setGeneral([]);
    },
    show: (error: unknown) => {
      const split = splitApiErrors(apiErrors(error), fields);
      setFieldErrors(split.fields);
      setGeneral(split.general);
    },
  };
}
