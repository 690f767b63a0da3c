import { LIMITS, type PanelRole } from '@sentinel/shared';
import type { FieldErrors } from '../../app/utils/form-errors';

export type AddMemberValues = { name: string; email: string; agencyId: string; role: PanelRole | '' };

export const ADD_MEMBER_FIELDS = ['name', 'email', 'agencyId', 'role'];

export function validateAddMember(values: AddMemberValues): FieldErrors {
  const errors: FieldErrors = {};
  const name = values.name.trim();
  const email = values.email.trim();
  if (!name) errors.name = 'Enter the person’s full name';
  else if (name.length > LIMITS.nameLength) errors.name = `Name must be ${LIMITS.nameLength} characters or fewer`;
  if (!email) errors.email = 'Enter their email address';
  else if (email.length > LIMITS.emailLength || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    errors.email = 'Enter an email address in the correct format, like name@example.org';
  }
  if (!values.agencyId) errors.agencyId = 'Select the agency they work for';
  if (!values.role) errors.role = 'Select their role on the panel';
  return errors;
}
