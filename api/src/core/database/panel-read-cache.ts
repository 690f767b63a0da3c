import { Global, Inject, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { leanRead } from './prepared-query.js';

const REVISION_SQL = `SELECT revision::text AS revision FROM panel_revision WHERE panel_id = :panelId`;

interface Entry {
  revision: string;
  answer: Promise<unknown>;
  /** What the answer takes, as its caller measured it once it was worked out; 0 until then. */
  size: number;
}

/**
 * Keeps answers that hold for as long as their panel's revision stands: the database moves it on at the commit of
 * any change to the tables such answers read (migrations CreatePanelRevision and ReviseGroupListTables), whichever
 * process, job or import made it. A read asks for the revision first (one indexed row) and computes only when it
 * has moved, so a change is seen by the next read in every process, without any message between them.
 *
 * The revision is read before the answer is worked out, so an answer is never older than its revision (at worst
 * newer, which costs one needless recomputation). Concurrent reads of one answer share its computation. Answers
 * are shared between requests: never change one. The key must name everything else the answer depends on: the
 * question, its arguments, today's date and, unless an access check before it has settled everything of the
 * viewer that matters, the viewer's rights. At most PANEL_READ_CACHE_ENTRIES answers and PANEL_READ_CACHE_MB of
 * them are kept per process, the least recently used going first.
 */
@Injectable()
export class PanelReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly limit: number;
  private readonly budget: number;
  private used = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limit = config.PANEL_READ_CACHE_ENTRIES;
    this.budget = config.PANEL_READ_CACHE_MB * 1024 * 1024;
  }

  get enabled(): boolean {
    return this.limit > 0;
  }

  /**
   * `key` names the question within the panel and everything its answer depends on. `source` is the database
   * `compute` reads (the read replica, for some): the revision is read there too, so that an answer is never older
   * than its revision even where the replica lags.
   */
  async read<T>(panelId: string, key: string, compute: () => Promise<T>, source: DataSource = this.dataSource): Promise<T> {
    if (!this.enabled) return compute();
    return this.keep(panelId, key, await this.revision(panelId, source), compute).answer;
  }

  /** The panel's revision now (one indexed row). */
  async revision(panelId: string, source: DataSource = this.dataSource): Promise<string> {
    const [row] = await leanRead<{ revision: string }>(source, REVISION_SQL, { panelId });
    return row?.revision ?? '0';
  }

  /**
   * The answer kept under a revision read before, or else `compute`'s, kept in its place; `computed` says which.
   * Settled at once, so a caller knows straight away whether the work is its own.
   */
  keep<T>(
    panelId: string,
    key: string,
    revision: string,
    compute: () => Promise<T>,
    sizeOf?: (answer: T) => number,
  ): { answer: Promise<T>; computed: boolean } {
    const name = `${panelId}|${key}`;
    const kept = this.entries.get(name);
    if (kept?.revision === revision) {
      // Taken out and put back, so the map's order is that of last use and the oldest goes first.
      this.entries.delete(name);
      this.entries.set(name, kept);
      return { answer: kept.answer as Promise<T>, computed: false };
    }
    const answer = compute();
    const entry: Entry = { revision, answer, size: 0 };
    this.remove(name);
    this.entries.set(name, entry);
    answer.then(
      (value) => {
        if (this.entries.get(name) !== entry || !sizeOf) return;
        entry.size = sizeOf(value);
        this.used += entry.size;
        this.trim();
      },
      () => {
        if (this.entries.get(name) === entry) this.remove(name);
      },
    );
    this.trim();
    return { answer, computed: true };
  }

  private remove(name: string): void {
    const entry = this.entries.get(name);
    if (!entry) return;
    this.used -= entry.size;
    this.entries.delete(name);
  }

  private trim(): void {
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limit && this.used <= this.budget) break;
      this.remove(oldest);
    }
  }
}

@Global()
@Module({ providers: [PanelReadCache], exports: [PanelReadCache] })
export class PanelReadCacheModule {}
