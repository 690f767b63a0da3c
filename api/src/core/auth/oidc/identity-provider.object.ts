import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('IdentityProvider', { description: 'An organisation whose single sign-on (OpenID Connect) Sentinel accepts' })
export class IdentityProviderObject {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  issuer: string;

  @Field()
  clientId: string;

  @Field({ description: 'The name of the environment variable holding the client secret (never the secret)' })
  secretEnv: string;

  @Field({ description: 'Whether that variable is set on this server' })
  secretSet: boolean;

  @Field(() => [String])
  emailDomains: string[];

  @Field(() => [String])
  tenantIds: string[];

  @Field()
  enabled: boolean;

  @Field(() => Int)
  version: number;

  @Field()
  updatedAt: Date;
}

@ObjectType('SignInProvider', { description: 'A single sign-on offered on the sign-in page' })
export class SignInProviderObject {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}
