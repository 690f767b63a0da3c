import { Global, Module } from '@nestjs/common';
import { AccountTokensService } from './account-tokens.service.js';
import { AccountResolver } from './account.resolver.js';
import { AccountService } from './account.service.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { SecondFactorResolver } from './second-factor.resolver.js';
import { SecondFactorService } from './second-factor.service.js';
import { SessionService } from './session.service.js';
import { SignInThrottleService } from './sign-in-throttle.service.js';
import { SocketSessionsService } from './socket-sessions.service.js';

@Global()
@Module({
  providers: [
    AuthResolver,
    AuthService,
    SecondFactorResolver,
    SecondFactorService,
    SessionService,
    SignInThrottleService,
    SocketSessionsService,
    AccountTokensService,
    AccountService,
    AccountResolver,
  ],
  exports: [SessionService, SocketSessionsService, AccountTokensService],
})
export class AuthModule {}
