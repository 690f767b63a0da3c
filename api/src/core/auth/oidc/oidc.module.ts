import { Module } from '@nestjs/common';
import { IdentityProvidersResolver } from './identity-providers.resolver.js';
import { IdentityProvidersService } from './identity-providers.service.js';
import { OidcClientService } from './oidc-client.service.js';
import { OidcController } from './oidc.controller.js';
import { OidcSignInService } from './oidc-sign-in.service.js';

/** Single sign-on with OpenID Connect: the providers' register and the sign-in routes. */
@Module({
  controllers: [OidcController],
  providers: [IdentityProvidersResolver, IdentityProvidersService, OidcClientService, OidcSignInService],
})
export class OidcModule {}
