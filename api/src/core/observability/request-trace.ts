import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What one request did, for its log line and its metrics: filled in as it runs. */
export interface RequestTrace {
  id: string;
  /** The GraphQL operation's name, once Apollo has resolved it. */
  operation?: string;
  /** The codes of the errors in the answer (formatted, so never an unexpected error's message). */
  errorCodes?: string[];
  /** The request writes, or its person wrote moments ago: its heavy reads go to the primary (read-database.ts). */
  recentWrite?: boolean;
  /** Marks the request as a write, for its person's next reads (read-database.ts); the primary's connection calls it. */
  markWrite?: () => void;
}

const storage = new AsyncLocalStorage<RequestTrace>();

/** A proxy's id is taken as it is when it is a plain token; anything else is replaced, never logged. */
const GIVEN_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && GIVEN_ID.test(header) ? header : randomUUID();
}

export function runInRequestTrace<T>(trace: RequestTrace, fn: () => T): T {
  return storage.run(trace, fn);
}

export function currentRequestTrace(): RequestTrace | undefined {
  return storage.getStore();
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.id;
}

/** Operation names come from the client: only a GraphQL name is kept, so a log line or metric label holds nothing else. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

export function operationLabel(name: string | null | undefined, kind: string): string {
  if (!name) return `${kind} (anonymous)`;
  return OPERATION_NAME.test(name) ? name : `${kind} (invalid name)`;
}
