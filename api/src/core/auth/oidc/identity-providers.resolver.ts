import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../access/request-context.js';
import { RequirePermission } from '../../access/require-permission.decorator.js';
import { CreateIdentityProviderInput, SetIdentityProviderEnabledInput, UpdateIdentityProviderInput } from './identity-provider.inputs.js';
import { IdentityProviderObject, SignInProviderObject } from './identity-provider.object.js';
import { IdentityProvidersService } from './identity-providers.service.js';

@Resolver(() => IdentityProviderObject)
export class IdentityProvidersResolver {
  constructor(private readonly service: IdentityProvidersService) {}

  @Query(() => [SignInProviderObject], { description: 'The single sign-on providers offered on the sign-in page' })
  @RequirePermission(PERMISSIONS.SESSION_CREATE)
  signInProviders(): Promise<SignInProviderObject[]> {
    return this.service.signInProviders();
  }

  @Query(() => [IdentityProviderObject], { description: 'Every single sign-on provider registered, by name' })
  @RequirePermission(PERMISSIONS.IDENTITY_PROVIDER_MANAGE)
  identityProviders(@Context() ctx: RequestContext): Promise<IdentityProviderObject[]> {
    return this.service.list(ctx);
  }

  @Mutation(() => IdentityProviderObject)
  @RequirePermission(PERMISSIONS.IDENTITY_PROVIDER_MANAGE)
  createIdentityProvider(@Context() ctx: RequestContext, @Args('input') input: CreateIdentityProviderInput): Promise<IdentityProviderObject> {
    return this.service.create(ctx, input);
  }

  @Mutation(() => IdentityProviderObject)
  @RequirePermission(PERMISSIONS.IDENTITY_PROVIDER_MANAGE)
  updateIdentityProvider(@Context() ctx: RequestContext, @Args('input') input: UpdateIdentityProviderInput): Promise<IdentityProviderObject> {
    return this.service.update(ctx, input);
  }

  @Mutation(() => IdentityProviderObject, { description: 'Offers or withdraws a provider on the sign-in page' })
  @RequirePermission(PERMISSIONS.IDENTITY_PROVIDER_MANAGE)
  setIdentityProviderEnabled(@Context() ctx: RequestContext, @Args('input') input: SetIdentityProviderEnabledInput): Promise<IdentityProviderObject> {
    return this.service.setEnabled(ctx, input);
  }
}
