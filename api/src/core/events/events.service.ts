import { Injectable } from '@nestjs/common';
import { PubSub, type PubSubEngine } from 'graphql-subscriptions';

/**
 * Live events for subscriptions, published after the change commits. Every topic is scoped by panel, so a
 * subscriber can only ever be handed events of a panel it was allowed to subscribe to. In one process this is
 * an in-memory bus; several API processes share one through Redis (REDIS_URL) when that arrives.
 */
@Injectable()
export class EventsService {
  private readonly engine: PubSubEngine = new PubSub();

  topic(kind: string, panelId: string): string {
    return `${kind}:${panelId}`;
  }

  async publish(kind: string, panelId: string, payload: object): Promise<void> {
    await this.engine.publish(this.topic(kind, panelId), payload);
  }

  subscribe<T>(kind: string, panelId: string): AsyncIterableIterator<T> {
    return this.engine.asyncIterableIterator<T>(this.topic(kind, panelId));
  }
}
