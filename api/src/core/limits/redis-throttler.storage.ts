import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;
import { Redis } from 'ioredis';

/**
 * One round trip, atomic: a key blocked earlier answers as blocked; otherwise the hit is counted in a window that
 * starts with the first hit, and the one past the limit blocks the key for blockDuration and starts the count
 * again (as MemoryThrottlerStorage does).
 * KEYS: hits, block. ARGV: ttl ms, limit, block ms. Returns hits, ms left in the window, ms left blocked.
 */
const INCREMENT = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then
  return { tonumber(redis.call('GET', KEYS[1]) or '0') + 1, math.max(redis.call('PTTL', KEYS[1]), 0), blocked }
end
local hits = redis.call('INCR', KEYS[1])
if hits == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  redis.call('DEL', KEYS[1])
  return { hits, ttl, tonumber(ARGV[3]) }
end
return { hits, ttl, 0 }
`;

/** Rate-limit counts shared by every API process through Redis, under REDIS_PREFIX. */
export class RedisThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger('RateLimits');
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    // A count fails after a few retries rather than holding the request while Redis is away.
    this.redis = new Redis(url, { maxRetriesPerRequest: 2 });
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    const counted = `${this.prefix}${key}`;
    try {
      const [hits, ttlLeft, blockedLeft] = (await this.redis.eval(
        INCREMENT,
        2,
        counted,
        `${counted}:blocked`,
        ttl,
        limit,
        blockDuration,
      )) as number[];
      return {
        totalHits: hits,
        timeToExpire: Math.ceil(ttlLeft / 1000),
        isBlocked: blockedLeft > 0,
        timeToBlockExpire: Math.ceil(blockedLeft / 1000),
      };
    } catch (e) {
      // A limit that cannot be counted lets the request through: Redis being away must not stop people working.
      this.logger.warn(`Rate limit not counted: ${(e as Error).message}`);
      return { totalHits: 0, timeToExpire: Math.ceil(ttl / 1000), isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
