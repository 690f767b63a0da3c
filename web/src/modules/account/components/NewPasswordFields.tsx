import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@sentinel/shared';
import { TextInput } from '../../../ui/TextInput';
import type { FieldErrors } from '../../app/utils/form-errors';
import type { NewPasswordValues } from '../utils/validate-new-password';

type Props = {
  values: NewPasswordValues;
  onChange: (field: keyof NewPasswordValues, value: string) => void;
  errors: FieldErrors;
};

/** A new password typed twice, with the rules as a hint: for a link from account mail and for a change alike. */
export function NewPasswordFields({ values, onChange, errors }: Props) {
  return (
    <>
      <TextInput
        id="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`Use ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters. A phrase of several unrelated words is easy to remember and hard to guess.`}
        value={values.newPassword}
        onChange={(value) => onChange('newPassword', value)}
        error={errors.newPassword}
      />
      <TextInput
        id="confirmPassword"
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        value={values.confirmPassword}
        onChange={(value) => onChange('confirmPassword', value)}
        error={errors.confirmPassword}
      />
    </>
  );
}
