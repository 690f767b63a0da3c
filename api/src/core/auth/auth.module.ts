import { Global, Module } from '@nestjs/common';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { SessionService } from './session.service.js';
import { SignInThrottleService } from './sign-in-throttle.service.js';

@Global()
@Module({
  providers: [AuthResolver, AuthService, SessionService, SignInThrottleService],
  exports: [SessionService],
})
export class AuthModule {}
