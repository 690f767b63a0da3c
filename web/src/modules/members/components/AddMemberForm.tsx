import { useState, type FormEvent } from 'react';
import { LIMITS, type PanelRole } from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Radios } from '../../../ui/Radios';
import { Select, type SelectOption } from '../../../ui/Select';
import { TextInput } from '../../../ui/TextInput';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { ADD_MEMBER_FIELDS, validateAddMember, type AddMemberValues } from '../utils/add-member-form';
import { roleOptions } from '../utils/labels';
import type { ReactNode } from 'react';

type Props = {
  agencies: SelectOption[];
  /** The roles the viewer may give: a coordinator may not make a chair. */
  roles: readonly PanelRole[];
  onSubmit: (values: AddMemberValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  heading: ReactNode;
  cancel?: ReactNode;
};

export function AddMemberForm({ agencies, roles, onSubmit, serverErrors, serverGeneral = [], submitting = false, heading, cancel }: Props) {
  const [values, setValues] = useState<AddMemberValues>({ name: '', email: '', agencyId: '', role: '' });
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const useClient = Object.keys(clientErrors).length > 0;
  const errors = useClient ? clientErrors : (serverErrors ?? {});
  const general = useClient ? [] : serverGeneral;
  const set =
    <K extends keyof AddMemberValues>(field: K) =>
    (value: AddMemberValues[K]) =>
      setValues((v) => ({ ...v, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateAddMember(values);
    setClientErrors(found);
    if (Object.keys(found).length === 0) await onSubmit({ ...values, name: values.name.trim(), email: values.email.trim() });
  };

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, ADD_MEMBER_FIELDS, general)} />
      {heading}
      <form onSubmit={submit} noValidate>
        <TextInput
          id="name"
          label="Full name"
          autoComplete="off"
          value={values.name}
          onChange={set('name')}
          error={errors.name}
          maxLength={LIMITS.nameLength}
        />
        <TextInput
          id="email"
          label="Email address"
          hint="Their work email address: they sign in with it"
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={values.email}
          onChange={set('email')}
          error={errors.email}
          maxLength={LIMITS.emailLength}
        />
        <Select
          id="agencyId"
          label="Agency"
          value={values.agencyId}
          onChange={set('agencyId')}
          options={[{ value: '', label: 'Select an agency' }, ...agencies]}
          error={errors.agencyId}
        />
        <Radios
          id="role"
          legend="Role on this panel"
          options={roleOptions(roles)}
          value={values.role}
          onChange={(v) => set('role')(v as PanelRole)}
          error={errors.role}
        />
        <ButtonGroup>
          <Button disabled={submitting}>Add member</Button>
          {cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
