import type { Logger } from 'typeorm';

/** Counts the SQL statements the app sends, so a test can prove a request's cost does not grow with rows. */
export class SqlCounter implements Logger {
  count = 0;
  logQuery(): void {
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
