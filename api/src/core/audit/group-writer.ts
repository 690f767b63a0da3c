/**
 * Writes rows in as few statements as the moment allows: rows added while a write is in flight wait and go
 * together in the next one, and each caller's promise settles when the statement holding its rows has committed
 * (or failed). At most one write is in flight per writer, so its statements never queue on each other's locks,
 * and under load one commit (one WAL flush) serves many callers.
 */
export class GroupWriter<Row> {
  private queue: { rows: Row[]; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private running = false;

  constructor(
    private readonly write: (rows: Row[]) => Promise<void>,
    /** The most callers one statement serves. */
    private readonly maxCallers = 64,
  ) {}

  add(rows: Row[]): Promise<void> {
    if (!rows.length) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length) {
        const batch = this.queue.splice(0, this.maxCallers);
        try {
          await this.write(batch.flatMap((b) => b.rows));
          for (const b of batch) b.resolve();
        } catch (e) {
          for (const b of batch) b.reject(e);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
