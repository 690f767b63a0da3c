import type { ExecutionResult } from 'graphql';
import type { ConsultedRecord } from '../access/request-context.js';

/** One live event's answer to one operation, and the personal data it shows (logged for each viewer sent it). */
export interface LiveAnswer {
  result: ExecutionResult;
  consulted: readonly ConsultedRecord[];
}

type Made = LiveAnswer | Promise<LiveAnswer>;

/**
 * Live events' answers, each worked out once for all the subscribers who would be sent the same: the same event
 * (the one object the bus hands each of them), the same operation (its text, operation name and variables) and the
 * same audience (the same rights, the person included, read by the same session check: see audienceOf). Every
 * subscriber still passes its own session check and filter before it asks, and logs the personal data shown for
 * itself. An answer is kept as long as its event is, and is never changed once made: each sending copies what it
 * alters.
 */
export class LiveAnswers {
  private readonly byEvent = new WeakMap<object, Map<string, Map<string, Made>>>();

  /** The answer for `event`, `operation` and `audience`: made by `make` for the first subscriber to ask. */
  answer(event: object, operation: string, audience: string, make: () => Made): Made {
    let byOperation = this.byEvent.get(event);
    if (!byOperation) this.byEvent.set(event, (byOperation = new Map()));
    let byAudience = byOperation.get(operation);
    if (!byAudience) byOperation.set(operation, (byAudience = new Map()));
    const known = byAudience.get(audience);
    if (known) return known;
    const made = make();
    byAudience.set(audience, made);
    if (made instanceof Promise) {
      const answers = byAudience;
      // Once worked out, later subscribers take it as it is, without waiting a turn.
      made.then(
        (answer) => answers.set(audience, answer),
        () => undefined,
      );
    }
    return made;
  }
}
