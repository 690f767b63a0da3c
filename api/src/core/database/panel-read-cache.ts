import { Global, Inject, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { leanRead } from './prepared-query.js';

const REVISION_SQL = `SELECT revision::text AS revision FROM panel_revision WHERE panel_id = :panelId`;

interface Entry {
  revision: string;
  answer: Promise<unknown>;
}

/**
 * Keeps the answers of panel-wide figures that every viewer allowed to ask sees alike (the threat picture, the task
 * board), each good for as long as the panel's revision stands: the database moves it on at the commit of any
 * change to the tables such figures read (migration CreatePanelRevision), whichever process, job or import made
 * it. A read asks for the revision first (one indexed row) and computes only when it has moved, so a change is
 * seen by the next read in every process, without any message between them.
 *
 * The revision is read before the figures are worked out, so an answer is never older than its revision (at worst
 * newer, which costs one needless recomputation). Concurrent reads of one answer share its computation. Answers
 * are shared between requests: never change one. Only for answers that carry no personal data (no consultation
 * to log) and that depend on nothing of the viewer but what the access check before it has settled.
 */
@Injectable()
export class PanelReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly limit: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limit = config.PANEL_READ_CACHE_ENTRIES;
  }

  /** `key` names the question within the panel and everything its answer depends on (arguments, today's date). */
  async read<T>(panelId: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (this.limit === 0) return compute();
    const [row] = await leanRead<{ revision: string }>(this.dataSource, REVISION_SQL, { panelId });
    const revision = row?.revision ?? '0';
    const name = `${panelId}|${key}`;
    const kept = this.entries.get(name);
    // Taken out and put back, so the map's order is that of last use and the oldest goes first.
    this.entries.delete(name);
    if (kept?.revision === revision) {
      this.entries.set(name, kept);
      return kept.answer as Promise<T>;
    }
    const answer = compute();
    this.entries.set(name, { revision, answer });
    answer.catch(() => {
      if (this.entries.get(name)?.answer === answer) this.entries.delete(name);
    });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limit) break;
      this.entries.delete(oldest);
    }
    return answer;
  }
}

@Global()
@Module({ providers: [PanelReadCache], exports: [PanelReadCache] })
export class PanelReadCacheModule {}
