import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsInt, IsString, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { EMAIL_DOMAIN_PATTERN, SSO_LIMITS, SSO_SECRET_ENV_PATTERN, TENANT_ID_PATTERN, tooLongMessage } from '@sentinel/shared';

@InputType({ isAbstract: true })
class IdentityProviderFields {
  @Field({ description: 'Shown on the sign-in page as "Sign in with <name>"' })
  @IsString()
  @MinLength(2, { message: 'Enter the name to show on the sign-in button' })
  @MaxLength(SSO_LIMITS.nameLength, { message: tooLongMessage('Name on the sign-in button', SSO_LIMITS.nameLength) })
  name: string;

  @Field({ description: 'https://login.microsoftonline.com/<tenant id>/v2.0, or .../organizations/v2.0 with allowed tenants' })
  @IsString()
  @MinLength(8, { message: 'Enter the issuer URL' })
  @MaxLength(SSO_LIMITS.issuerLength, { message: tooLongMessage('Issuer URL', SSO_LIMITS.issuerLength) })
  issuer: string;

  @Field({ description: 'The application (client) ID the provider gave Sentinel' })
  @IsString()
  @MinLength(1, { message: 'Enter the client ID' })
  @MaxLength(SSO_LIMITS.clientIdLength, { message: tooLongMessage('Client ID', SSO_LIMITS.clientIdLength) })
  clientId: string;

  @Field({ description: 'The environment variable on the server that holds the client secret, e.g. OIDC_SECRET_NORTHMOOR' })
  @IsString()
  @MaxLength(SSO_LIMITS.secretEnvLength, { message: tooLongMessage('Secret’s environment variable', SSO_LIMITS.secretEnvLength) })
  @Matches(SSO_SECRET_ENV_PATTERN, {
    message: 'Enter the variable’s name as OIDC_SECRET_ followed by capital letters, digits or underscores, like OIDC_SECRET_NORTHMOOR',
  })
  secretEnv: string;

  @Field(() => [String], { description: 'The email domains this provider signs people in for, e.g. northmoor.police.uk' })
  @ArrayMinSize(1, { message: 'Enter at least one email domain' })
  @ArrayMaxSize(SSO_LIMITS.domainsMax, { message: `Enter ${SSO_LIMITS.domainsMax} email domains or fewer` })
  @IsString({ each: true })
  @Matches(EMAIL_DOMAIN_PATTERN, { each: true, message: 'Enter each email domain in lower case, like northmoor.police.uk' })
  emailDomains: string[];

  @Field(() => [String], { description: 'Microsoft Entra ID directory (tenant) IDs allowed; needed for a multi-tenant issuer' })
  @ArrayMaxSize(SSO_LIMITS.tenantsMax, { message: `Enter ${SSO_LIMITS.tenantsMax} tenant IDs or fewer` })
  @IsString({ each: true })
  @Matches(TENANT_ID_PATTERN, { each: true, message: 'Enter each tenant ID in lower case, like 72f988bf-86f1-41af-91ab-2d7cd011db47' })
  tenantIds: string[];
}

@InputType()
export class CreateIdentityProviderInput extends IdentityProviderFields {}

@InputType()
export class UpdateIdentityProviderInput extends IdentityProviderFields {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one answers CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class SetIdentityProviderEnabledInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you saw; a newer one answers CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;

  @Field()
  @IsBoolean()
  enabled: boolean;
}
