import { EMPTY_PROVIDER, listOf, providerInput, validateProvider } from './provider-form';

const valid = {
  name: 'Northmoor Police',
  issuer: 'https://login.microsoftonline.com/organizations/v2.0',
  clientId: '6f1d2c3b-0000-4000-8000-000000000001',
  secretEnv: 'OIDC_SECRET_NORTHMOOR',
  emailDomains: 'northmoor.police.uk\nNorthmoor-Council.gov.uk',
  tenantIds: '3f1c1c2e-8d4b-4c1e-9a55-0b7d2c6e4a11',
};

describe('the single sign-on provider form', () => {
  it('takes one domain or tenant a line, or separated by commas, in lower case and each once', () => {
    expect(listOf(' a.uk, B.uk\n\na.uk ')).toEqual(['a.uk', 'b.uk']);
    expect(providerInput(valid).emailDomains).toEqual(['northmoor.police.uk', 'northmoor-council.gov.uk']);
  });

  it('accepts a complete registration', () => {
    expect(validateProvider(valid)).toEqual({});
  });

  it('says what to fix in each field', () => {
    expect(validateProvider(EMPTY_PROVIDER)).toEqual({
      name: 'Enter the name to show on the sign-in button',
      issuer: 'Enter the issuer URL',
      clientId: 'Enter the client ID',
      secretEnv: expect.stringContaining('OIDC_SECRET_'),
      emailDomains: 'Enter at least one email domain',
    });
    expect(validateProvider({ ...valid, emailDomains: '@northmoor.police.uk', tenantIds: 'contoso' })).toEqual({
      emailDomains: 'Enter each email domain like northmoor.police.uk, without the @',
      tenantIds: 'Enter each tenant ID like 72f988bf-86f1-41af-91ab-2d7cd011db47',
    });
  });
});
