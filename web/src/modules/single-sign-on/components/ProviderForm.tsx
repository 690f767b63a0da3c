import type { ReactNode } from 'react';
import { SSO_CALLBACK_PATH, SSO_LIMITS } from '@sentinel/shared';
import { Button, ButtonGroup } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { InsetText } from '../../../ui/InsetText';
import { Textarea } from '../../../ui/Textarea';
import { TextInput } from '../../../ui/TextInput';
import { useForm } from '../../app/useForm';
import { summaryItems, type FieldErrors } from '../../app/utils/form-errors';
import { PROVIDER_FORM_FIELDS, validateProvider, type ProviderFormValues } from '../utils/provider-form';

type Props = {
  initialValues: ProviderFormValues;
  submitText: string;
  onSubmit: (values: ProviderFormValues) => Promise<void>;
  serverErrors?: FieldErrors;
  serverGeneral?: string[];
  submitting?: boolean;
  heading: ReactNode;
  cancel?: ReactNode;
};

/** The address the provider sends people back to, to register with it. */
export function redirectUri(): string {
  return `${window.location.origin}${SSO_CALLBACK_PATH}`;
}

export function ProviderForm({ initialValues, submitText, onSubmit, serverErrors, serverGeneral, submitting = false, heading, cancel }: Props) {
  const form = useForm<ProviderFormValues>({
    initial: initialValues,
    validate: validateProvider,
    onSubmit,
    serverErrors,
    serverGeneral,
  });
  const { values, set, errors } = form;
  return (
    <>
      <ErrorSummary errors={summaryItems(errors, PROVIDER_FORM_FIELDS, form.general)} />
      {heading}
      <InsetText>
        <p className="govuk-body">
          In Microsoft Entra ID, register Sentinel under App registrations, with this web redirect URI: <code>{redirectUri()}</code>
        </p>
      </InsetText>
      <form onSubmit={form.submit} noValidate>
        <TextInput
          id="name"
          label="Name on the sign-in button"
          hint="People see “Sign in with” followed by this, for example Northmoor Police"
          value={values.name}
          onChange={set('name')}
          error={errors.name}
          maxLength={SSO_LIMITS.nameLength}
        />
        <TextInput
          id="issuer"
          label="Issuer URL"
          hint="For one Entra tenant: https://login.microsoftonline.com/ followed by the Directory (tenant) ID and /v2.0. For several tenants: https://login.microsoftonline.com/organizations/v2.0, with the tenants listed below"
          spellCheck={false}
          value={values.issuer}
          onChange={set('issuer')}
          error={errors.issuer}
          maxLength={SSO_LIMITS.issuerLength}
        />
        <TextInput
          id="clientId"
          label="Client ID"
          hint="The Application (client) ID on the app registration’s Overview page"
          spellCheck={false}
          value={values.clientId}
          onChange={set('clientId')}
          error={errors.clientId}
          maxLength={SSO_LIMITS.clientIdLength}
        />
        <TextInput
          id="secretEnv"
          label="Secret’s environment variable"
          hint="Create a client secret under Certificates & secrets and give its value to the server in this environment variable. The secret itself is never entered here"
          spellCheck={false}
          value={values.secretEnv}
          onChange={set('secretEnv')}
          error={errors.secretEnv}
          maxLength={SSO_LIMITS.secretEnvLength}
        />
        <Textarea
          id="emailDomains"
          label="Email domains"
          hint="One a line, for example northmoor.police.uk. Only people whose email address ends with one of these can sign in with this provider"
          rows={3}
          spellCheck={false}
          value={values.emailDomains}
          onChange={set('emailDomains')}
          error={errors.emailDomains}
        />
        <Textarea
          id="tenantIds"
          label="Allowed tenant IDs (optional)"
          hint="One a line: the Directory (tenant) ID of each organisation allowed to sign in. Needed with the organisations issuer; people of any other tenant are refused"
          rows={3}
          spellCheck={false}
          value={values.tenantIds}
          onChange={set('tenantIds')}
          error={errors.tenantIds}
        />
        <ButtonGroup>
          <Button disabled={submitting}>{submitText}</Button>
          {cancel}
        </ButtonGroup>
      </form>
    </>
  );
}
