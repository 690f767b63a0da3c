import type { PubSubEngine } from 'graphql-subscriptions';
import type { EventGate } from './event-gate.js';

/** Whether a subscriber may be sent an event; asked only once the event has passed the subscriber's gate. */
export type EventFilter<T> = (event: T) => boolean | Promise<boolean>;

const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/**
 * One subscriber's events from one topic of the bus, in the order published. The topic is listened to from the
 * first pull, and each event, before it is handed on, passes the subscriber's gate (its session read again) and
 * then the subscription's filter. Once let go it answers done at once, and a gate that finds the session over
 * lets it go. The bus hands every listener of a topic the same event object, which later steps rely on to share
 * one answer among subscribers (live-subscription.ts).
 */
export class BusStream<T> implements AsyncIterableIterator<T> {
  private readonly queued: T[] = [];
  /** The pulls waiting for an event, in order; handed null when the stream is let go. */
  private readonly waiting: ((event: T | null) => void)[] = [];
  private listening: Promise<number> | null = null;
  private stopped = false;

  constructor(
    private readonly engine: PubSubEngine,
    private readonly topic: string,
    private readonly gate: EventGate | null,
    private readonly filter: EventFilter<T> | null,
  ) {}

  async next(): Promise<IteratorResult<T>> {
    if (this.stopped) return DONE;
    if (!this.listening) {
      // Started before anything is awaited, so a stream pulled from is listening when the pull returns its promise.
      this.listening = this.engine.subscribe(this.topic, (event: T) => this.arrived(event), {});
      await this.listening;
    }
    for (;;) {
      if (this.stopped) return DONE;
      const event = this.queued.length ? (this.queued.shift() as T) : await this.nextArrival();
      if (event === null || this.stopped) return DONE;
      if (this.gate && !(await this.gate())) return this.return();
      const passes = this.filter ? this.filter(event) : true;
      if (passes === true || (passes !== false && (await passes.catch(() => false)))) return { done: false, value: event };
    }
  }

  async return(): Promise<IteratorResult<T>> {
    if (this.stopped) return DONE;
    this.stopped = true;
    this.queued.length = 0;
    for (const waiting of this.waiting.splice(0)) waiting(null);
    const id = await this.listening?.catch(() => null);
    if (typeof id === 'number') this.engine.unsubscribe(id);
    return DONE;
  }

  async throw(error: unknown): Promise<IteratorResult<T>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private arrived(event: T): void {
    if (this.stopped) return;
    const waiting = this.waiting.shift();
    if (waiting) waiting(event);
    else this.queued.push(event);
  }

  private nextArrival(): Promise<T | null> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
    });
  }
}
