import { useState, type FormEvent, type ReactNode } from 'react';
import { LIMITS } from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Fieldset } from '../../../ui/Fieldset';
import { TextInput } from '../../../ui/TextInput';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { EMPTY_PANEL_FORM, PANEL_FORM_FIELDS, validatePanelForm, type PanelFormValues } from '../utils/panel-form';

type Props = {
  onSubmit: (values: PanelFormValues) => Promise<void>;
  serverErrors: FieldErrors;
  serverGeneral: string[];
  submitting: boolean;
  cancel: ReactNode;
};

export function NewPanelForm({ onSubmit, serverErrors, serverGeneral, submitting, cancel }: Props) {
  const [values, setValues] = useState<PanelFormValues>(EMPTY_PANEL_FORM);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const useClient = Object.keys(clientErrors).length > 0;
  const errors = useClient ? clientErrors : serverErrors;
  const set = (field: keyof PanelFormValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validatePanelForm(values);
    setClientErrors(found);
    if (Object.keys(found).length === 0) await onSubmit(values);
  };

  return (
    <>
      <ErrorSummary errors={summaryItems(errors, PANEL_FORM_FIELDS, useClient ? [] : serverGeneral)} />
      <h1 className="govuk-heading-l">Create a panel</h1>
      <form onSubmit={submit} noValidate>
        <TextInput
          id="code"
          label="Code"
          hint="2 to 20 capital letters, digits and hyphens, unique in Sentinel: it begins the panel's references"
          widthClass="govuk-input--width-10"
          spellCheck={false}
          value={values.code}
          onChange={set('code')}
          error={errors.code}
        />
        <TextInput id="name" label="Name of the panel" value={values.name} onChange={set('name')} error={errors.name} maxLength={LIMITS.nameLength} />
        <TextInput
          id="forceName"
          label="Force"
          hint="The police force or area the panel serves"
          value={values.forceName}
          onChange={set('forceName')}
          error={errors.forceName}
          maxLength={LIMITS.nameLength}
        />
        <Fieldset
          id="chair"
          legendSize="m"
          legend="The panel's first chair"
          hint="They are sent an email to set a password or sign in with single sign-on, then add the panel's agencies and members."
        >
          <TextInput
            id="chair.name"
            label="Full name"
            autoComplete="off"
            value={values.chairName}
            onChange={set('chairName')}
            error={errors['chair.name']}
            maxLength={LIMITS.nameLength}
          />
          <TextInput
            id="chair.email"
            label="Email address"
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={values.chairEmail}
            onChange={set('chairEmail')}
            error={errors['chair.email']}
            maxLength={LIMITS.emailLength}
          />
          <TextInput
            id="chair.agencyName"
            label="Their police unit"
            hint="Added as the panel's first agency, for instance Serious and Organised Crime Unit"
            value={values.chairAgencyName}
            onChange={set('chairAgencyName')}
            error={errors['chair.agencyName']}
            maxLength={LIMITS.nameLength}
          />
        </Fieldset>
        <ButtonGroup>
          <Button disabled={submitting}>Create panel</Button>
          {cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
