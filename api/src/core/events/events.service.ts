import { EventEmitter } from 'node:events';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { OFF, UP, type HealthCheck } from '../observability/health-check.js';
import { BusStream, type EventFilter } from './bus-stream.js';
import { currentEventGate } from './event-gate.js';

/**
 * Live events for subscriptions, published after the change commits. Every topic is scoped by panel, so a
 * subscriber can only ever be handed events of a panel it was allowed to subscribe to. In one process this is
 * an in-memory bus; several API processes share one through Redis when REDIS_URL is set, each channel
 * under REDIS_PREFIX so deployments sharing a Redis never see each other's events. Either way every subscriber
 * of a process is handed the same object for one event (Redis' message is read once per process).
 */
@Injectable()
export class EventsService implements OnApplicationShutdown {
  private readonly logger = new Logger('Events');
  private readonly engine: PubSubEngine;
  private readonly redis: RedisPubSub | null = null;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.prefix = config.REDIS_URL ? config.REDIS_PREFIX : '';
    if (config.REDIS_URL) {
      // A subscribed connection can only listen, so publishing needs a second one.
      // A publish fails after a few retries rather than waiting for Redis forever.
      const options = { maxRetriesPerRequest: 3 };
      this.redis = new RedisPubSub({
        publisher: new Redis(config.REDIS_URL, options),
        subscriber: new Redis(config.REDIS_URL, options),
        serializer: serialize,
        deserializer: (source) => deserialize(source.toString()),
      });
    }
    // Every attendee of a live meeting listens on the panel's topic: forty listeners on one topic is normal here.
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    this.engine = this.redis ?? new PubSub({ eventEmitter: emitter });
  }

  topic(kind: string, panelId: string): string {
    return `${this.prefix}${kind}:${panelId}`;
  }

  async publish(kind: string, panelId: string, payload: object): Promise<void> {
    try {
      await this.engine.publish(this.topic(kind, panelId), payload);
    } catch (e) {
      // The change has committed; a live update that cannot go out must not turn it into an error.
      this.logger.warn(`Live event not published: ${(e as Error).message}`);
    }
  }

  /**
   * A subscriber's events of one kind in one panel. Each passes the subscriber's session check (see
   * event-gate.ts), then `filter`, before the subscription sees it.
   */
  subscribe<T>(kind: string, panelId: string, filter: EventFilter<T> | null = null): AsyncIterableIterator<T> {
    return new BusStream<T>(this.engine, this.topic(kind, panelId), currentEventGate(), filter);
  }

  /** Whether events reach the other API processes: both Redis connections open, and Redis answering. */
  async health(): Promise<HealthCheck> {
    if (!this.redis) return OFF;
    const publisher = this.redis.getPublisher();
    const subscriber = this.redis.getSubscriber();
    if (publisher.status !== 'ready' || subscriber.status !== 'ready') {
      return { status: 'down', reason: `Redis connection ${publisher.status !== 'ready' ? publisher.status : subscriber.status}` };
    }
    await publisher.ping();
    return UP;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.close();
  }
}

/*
 * Payloads cross Redis as JSON. Dates are tagged on the way out and restored on the way in, so a subscriber
 * in another process resolves exactly the objects the publishing process would have (a DateTime field gets
 * a Date, and a title that merely looks like a date stays a string).
 */
function serialize(payload: unknown): string {
  return JSON.stringify(payload, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : value;
  });
}

function deserialize(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) =>
    value && typeof value === 'object' && Object.keys(value).length === 1 && typeof (value as { $date?: unknown }).$date === 'string'
      ? new Date((value as { $date: string }).$date)
      : value,
  );
}
