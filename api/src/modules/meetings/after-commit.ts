import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';

const pending = new WeakMap<QueryRunner, (() => unknown)[]>();
const installed = new WeakSet<DataSource>();

/**
 * Runs `fn` once the transaction `manager` belongs to has committed, or now when there is none. Live events go
 * out this way so that no subscriber hears of a change that is later rolled back. A rolled-back transaction's
 * callbacks are dropped with its query runner.
 */
export function afterCommit(manager: EntityManager, fn: () => unknown): void {
  const runner = manager.queryRunner;
  if (!runner || !runner.isTransactionActive) {
    void fn();
    return;
  }
  install(manager.connection);
  const list = pending.get(runner) ?? [];
  list.push(fn);
  pending.set(runner, list);
}

function install(dataSource: DataSource): void {
  if (installed.has(dataSource)) return;
  installed.add(dataSource);
  const subscriber: EntitySubscriberInterface = {
    afterTransactionCommit(event) {
      const runner = event.queryRunner;
      // A released savepoint is not the commit: wait for the outermost transaction.
      if (runner.isTransactionActive) return;
      const list = pending.get(runner);
      if (!list) return;
      pending.delete(runner);
      for (const fn of list) void fn();
    },
    afterTransactionRollback(event) {
      if (!event.queryRunner.isTransactionActive) pending.delete(event.queryRunner);
    },
  };
  dataSource.subscribers.push(subscriber);
}
