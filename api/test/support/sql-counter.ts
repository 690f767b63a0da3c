import type { Logger } from 'typeorm';

/** Counts the SQL statements the app sends, so a test can prove a request's cost does not grow with rows. */
export class SqlCounter implements Logger {
  count = 0;
  /** The statements, when a test needs to see them (set `keep` first). */
  keep = false;
  statements: string[] = [];
  /** The statements in full, kept with `keep` as well. */
  texts: string[] = [];
  logQuery(query: string): void {
    this.count += 1;
    if (!this.keep) return;
    this.statements.push(query.replace(/\s+/g, ' ').slice(0, 160));
    this.texts.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
