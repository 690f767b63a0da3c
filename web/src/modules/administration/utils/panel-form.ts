import { LIMITS, PANEL_CODE_PATTERN } from '@sentinel/shared';
import type { FieldErrors } from '../../app/utils/form-errors';

export type PanelFormValues = { code: string; name: string; forceName: string; chairName: string; chairEmail: string; chairAgencyName: string };

export const EMPTY_PANEL_FORM: PanelFormValues = { code: '', name: '', forceName: '', chairName: '', chairEmail: '', chairAgencyName: '' };

/** The inputs' ids, named after the API's fields, in the order they appear. */
export const PANEL_FORM_FIELDS = ['code', 'name', 'forceName', 'chair.name', 'chair.email', 'chair.agencyName'];

const tooLong = (label: string) => `${label} must be ${LIMITS.nameLength} characters or fewer`;

export function validatePanelForm(values: PanelFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const text = (field: string, value: string, empty: string, label: string) => {
    const v = value.trim();
    if (v.length < 2) errors[field] = empty;
    else if (v.length > LIMITS.nameLength) errors[field] = tooLong(label);
  };
  if (!PANEL_CODE_PATTERN.test(values.code.trim())) errors.code = 'Enter a code of 2 to 20 capital letters, digits and hyphens, like NMR or NMR-SOC';
  text('name', values.name, 'Enter the name of the panel', 'Name');
  text('forceName', values.forceName, 'Enter the name of the force', 'Force');
  text('chair.name', values.chairName, "Enter the chair's full name", 'Name');
  const email = values.chairEmail.trim();
  if (!email) errors['chair.email'] = "Enter the chair's email address";
  else if (email.length > LIMITS.emailLength || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    errors['chair.email'] = 'Enter an email address in the correct format, like name@example.police.uk';
  }
  text('chair.agencyName', values.chairAgencyName, "Enter the name of the chair's police unit", 'Police unit');
  return errors;
}

export function panelInput(values: PanelFormValues) {
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    forceName: values.forceName.trim(),
    chair: { name: values.chairName.trim(), email: values.chairEmail.trim(), agencyName: values.chairAgencyName.trim() },
  };
}
