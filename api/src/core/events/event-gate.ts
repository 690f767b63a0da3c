import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * A check made on every event a subscriber's stream takes from the bus, before any filter or shaping of the
 * subscription looks at it. A socket's subscription pulls its events through `withEventGate`, whose check reads
 * the subscriber's session again and replaces the viewer in place: the filter and the shaping that follow see
 * the viewer's current roles and agreement, never those the socket opened with.
 */
const gate = new AsyncLocalStorage<() => Promise<boolean>>();

/** Pulls from a subscription's stream with `check` made on each event the bus hands it. */
export function withEventGate<T>(check: () => Promise<boolean>, pull: () => Promise<T>): Promise<T> {
  return gate.run(check, pull);
}

/** False when the subscriber may receive nothing more (their session is over). */
export function passesEventGate(): Promise<boolean> {
  const check = gate.getStore();
  return check ? check() : Promise.resolve(true);
}
