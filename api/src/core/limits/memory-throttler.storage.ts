import type { ThrottlerStorage } from '@nestjs/throttler';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

interface Entry {
  hits: number;
  expiresAt: number;
  blockedUntil: number;
}

/** Entries looked at per count for expiry, so that the map never holds many callers that have gone quiet. */
const SWEEP_EVERY = 100;

/**
 * Rate-limit counts of one API process, with the same rules as the Redis storage: a window starts at the first
 * hit; the hit past the limit blocks the key for blockDuration and starts the count again.
 */
export class MemoryThrottlerStorage implements ThrottlerStorage {
  private readonly entries = new Map<string, Entry>();
  private counted = 0;

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    const now = Date.now();
    if (++this.counted % SWEEP_EVERY === 0) this.sweep(now);
    let entry = this.entries.get(key);
    if (entry && entry.blockedUntil > now) {
      return {
        totalHits: entry.hits + 1,
        timeToExpire: seconds(entry.expiresAt - now),
        isBlocked: true,
        timeToBlockExpire: seconds(entry.blockedUntil - now),
      };
    }
    if (!entry || entry.expiresAt <= now) {
      entry = { hits: 0, expiresAt: now + ttl, blockedUntil: 0 };
      this.entries.set(key, entry);
    }
    entry.hits += 1;
    const hits = entry.hits;
    if (hits > limit) {
      entry.blockedUntil = now + blockDuration;
      entry.hits = 0;
      entry.expiresAt = Math.max(entry.expiresAt, entry.blockedUntil);
      return { totalHits: hits, timeToExpire: seconds(entry.expiresAt - now), isBlocked: true, timeToBlockExpire: seconds(blockDuration) };
    }
    return { totalHits: hits, timeToExpire: seconds(entry.expiresAt - now), isBlocked: false, timeToBlockExpire: 0 };
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now && entry.blockedUntil <= now) this.entries.delete(key);
    }
  }
}

function seconds(ms: number): number {
  return Math.max(0, Math.ceil(ms / 1000));
}
