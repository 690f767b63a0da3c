import { runAsSystem } from '../../src/core/database/panel-scope.js';

/**
 * A service whose methods run as its scheduled job runs them (JobsService): in every panel's scope. For tests
 * that call scheduled work directly; outside any scope the API's connection sees no panel.
 */
export function asScheduledWork<T extends object>(service: T): T {
  return new Proxy(service, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => runAsSystem(() => (value as (...a: unknown[]) => unknown).apply(target, args));
    },
  });
}
