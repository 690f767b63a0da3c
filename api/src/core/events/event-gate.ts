import { AsyncLocalStorage } from 'node:async_hooks';

/** False when the subscriber may receive nothing more (their session is over). */
export type EventGate = () => Promise<boolean>;

/**
 * A check made on every event a subscriber's stream takes from the bus, before any filter or shaping of the
 * subscription looks at it. A socket's subscription opens its streams inside `withEventGate`, whose check reads
 * the subscriber's session again and replaces the viewer in place: the filter and the shaping that follow see
 * the viewer's current roles and agreement, never those the socket opened with. A stream keeps the gate it was
 * opened under for every event it takes.
 */
const gates = new AsyncLocalStorage<EventGate>();

/** Runs `open`, which opens a subscription's streams: each event they take passes `check` first. */
export function withEventGate<T>(check: EventGate, open: () => T): T {
  return gates.run(check, open);
}

/** The gate of the subscription whose streams are being opened, if any. */
export function currentEventGate(): EventGate | null {
  return gates.getStore() ?? null;
}
