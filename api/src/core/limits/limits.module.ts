import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { ExpensiveWork, ExpensiveWorkInterceptor } from './expensive-work.js';
import { MemoryThrottlerStorage } from './memory-throttler.storage.js';
import { RATE_LIMIT_STORAGE, RateLimitGuard } from './rate-limit.guard.js';
import { RedisThrottlerStorage } from './redis-throttler.storage.js';

/**
 * Request rate limits (search, import, export: @RateLimit) and the bound on files and reports one person has being
 * prepared at once (ExpensiveWork, @LimitRunning). Rate counts are shared through Redis when REDIS_URL is set;
 * the work being prepared is counted per process.
 */
@Global()
@Module({
  providers: [
    {
      provide: RATE_LIMIT_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): MemoryThrottlerStorage | RedisThrottlerStorage =>
        config.REDIS_URL ? new RedisThrottlerStorage(config.REDIS_URL, config.REDIS_PREFIX) : new MemoryThrottlerStorage(),
    },
    ExpensiveWork,
    ExpensiveWorkInterceptor,
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [ExpensiveWork, ExpensiveWorkInterceptor, RATE_LIMIT_STORAGE],
})
export class LimitsModule {}
