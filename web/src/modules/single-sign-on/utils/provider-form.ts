import { EMAIL_DOMAIN_PATTERN, SSO_LIMITS, SSO_SECRET_ENV_PATTERN, TENANT_ID_PATTERN } from '@sentinel/shared';
import type { FieldErrors } from '../../app/utils/form-errors';

export type ProviderFormValues = {
  name: string;
  issuer: string;
  clientId: string;
  secretEnv: string;
  emailDomains: string;
  tenantIds: string;
};

export const PROVIDER_FORM_FIELDS = ['name', 'issuer', 'clientId', 'secretEnv', 'emailDomains', 'tenantIds'];

export const EMPTY_PROVIDER: ProviderFormValues = { name: '', issuer: '', clientId: '', secretEnv: 'OIDC_SECRET_', emailDomains: '', tenantIds: '' };

/** One entry a line (or separated by commas or spaces), lower case, each once. */
export function listOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

export function validateProvider(values: ProviderFormValues): FieldErrors {
  const errors: FieldErrors = {};
  const name = values.name.trim();
  if (name.length < 2) errors.name = 'Enter the name to show on the sign-in button';
  else if (name.length > SSO_LIMITS.nameLength) errors.name = `Name on the sign-in button must be ${SSO_LIMITS.nameLength} characters or fewer`;
  const issuer = values.issuer.trim();
  if (!issuer) errors.issuer = 'Enter the issuer URL';
  else if (issuer.length > SSO_LIMITS.issuerLength) errors.issuer = `Issuer URL must be ${SSO_LIMITS.issuerLength} characters or fewer`;
  else if (!/^https?:\/\/[^\s]+$/.test(issuer)) errors.issuer = 'Enter an issuer address that starts with https://';
  const clientId = values.clientId.trim();
  if (!clientId) errors.clientId = 'Enter the client ID';
  else if (clientId.length > SSO_LIMITS.clientIdLength) errors.clientId = `Client ID must be ${SSO_LIMITS.clientIdLength} characters or fewer`;
  if (!SSO_SECRET_ENV_PATTERN.test(values.secretEnv.trim())) {
    errors.secretEnv = 'Enter the variable’s name as OIDC_SECRET_ followed by capital letters, digits or underscores, like OIDC_SECRET_NORTHMOOR';
  }
  const domains = listOf(values.emailDomains);
  if (!domains.length) errors.emailDomains = 'Enter at least one email domain';
  else if (domains.length > SSO_LIMITS.domainsMax) errors.emailDomains = `Enter ${SSO_LIMITS.domainsMax} email domains or fewer`;
  else if (domains.some((d) => !EMAIL_DOMAIN_PATTERN.test(d)))
    errors.emailDomains = 'Enter each email domain like northmoor.police.uk, without the @';
  const tenants = listOf(values.tenantIds);
  if (tenants.length > SSO_LIMITS.tenantsMax) errors.tenantIds = `Enter ${SSO_LIMITS.tenantsMax} tenant IDs or fewer`;
  else if (tenants.some((t) => !TENANT_ID_PATTERN.test(t))) errors.tenantIds = 'Enter each tenant ID like 72f988bf-86f1-41af-91ab-2d7cd011db47';
  return errors;
}

export function providerInput(values: ProviderFormValues) {
  return {
    name: values.name.trim(),
    issuer: values.issuer.trim(),
    clientId: values.clientId.trim(),
    secretEnv: values.secretEnv.trim(),
    emailDomains: listOf(values.emailDomains),
    tenantIds: listOf(values.tenantIds),
  };
}

export function providerFormValues(p: {
  name: string;
  issuer: string;
  clientId: string;
  secretEnv: string;
  emailDomains: readonly string[];
  tenantIds: readonly string[];
}): ProviderFormValues {
  return {
    name: p.name,
    issuer: p.issuer,
    clientId: p.clientId,
    secretEnv: p.secretEnv,
    emailDomains: p.emailDomains.join('\n'),
    tenantIds: p.tenantIds.join('\n'),
  };
}
