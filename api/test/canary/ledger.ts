import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { CanaryBook } from './canaries.js';
import type { Profile, ViewerKey } from './viewers.js';

export interface Leak {
  viewer: ViewerKey;
  channel: string;
  detail: string;
  token: string;
  record: string;
  field: string;
  rule: string;
}

const OUTPUT = new URL('./.data/', import.meta.url);

/**
 * What one spec file tried and found: the viewer x channel cells, every canary each viewer was shown (for the
 * positive controls), and every leak. Writes its part of the summary under api/test/canary/.data/ (ignored by
 * git) and folds every part present into canary-summary.json.
 */
export class Ledger {
  private readonly cells = new Map<string, number>();
  private readonly channels = new Set<string>();
  readonly leaks: Leak[] = [];
  private readonly seen = new Map<ViewerKey, Map<string, Set<string>>>();

  constructor(
    readonly family: string,
    private readonly book: CanaryBook,
  ) {}

  /** Declares a channel covered even where no viewer can be tried on it (e.g. /health, which carries no data). */
  channel(name: string): void {
    this.channels.add(name);
  }

  /** Searches one answer, file or mail that `profile` received over `channel`; `detail` names the arguments. */
  check(viewer: ViewerKey, profile: Profile | null, channel: string, detail: string, text: string): void {
    this.channels.add(channel);
    const cell = `${viewer}\u0000${channel}`;
    this.cells.set(cell, (this.cells.get(cell) ?? 0) + 1);
    for (const c of this.book.find(text)) {
      if (profile && c.rule.allows(profile, channel)) {
        const byChannel = this.seen.get(viewer) ?? new Map<string, Set<string>>();
        this.seen.set(viewer, byChannel);
        const set = byChannel.get(c.token) ?? new Set<string>();
        byChannel.set(c.token, set.add(channel));
      } else {
        this.leaks.push({ viewer, channel, detail, token: c.token, record: c.record, field: c.field, rule: c.rule.name });
      }
    }
  }

  /** How many answers, files or mails this viewer received over a channel. */
  received(viewer: ViewerKey, channel: string): number {
    return this.cells.get(`${viewer}\u0000${channel}`) ?? 0;
  }

  /** A leak that is not a token in a text: e.g. a search that finds, by a canary, a record the viewer may not read. */
  leak(l: Leak): void {
    this.leaks.push(l);
  }

  /** Tokens this viewer was shown somewhere: over channels whose name starts with `channel`, or that it accepts. */
  seenBy(viewer: ViewerKey, channel: string | ((name: string) => boolean) = ''): Set<string> {
    const accepts = typeof channel === 'string' ? (c: string) => c.startsWith(channel) : channel;
    const out = new Set<string>();
    for (const [token, channels] of this.seen.get(viewer) ?? []) if ([...channels].some(accepts)) out.add(token);
    return out;
  }

  /** One line per viewer, channel, record and field, with how many answers showed it: the failure message. */
  leakReport(): string[] {
    const lines = new Map<string, number>();
    for (const l of this.leaks) {
      const line = `${l.viewer} <- ${l.channel} [${l.detail}]: ${l.record} / ${l.field} (${l.token}; readable by ${l.rule})`;
      lines.set(line, (lines.get(line) ?? 0) + 1);
    }
    return [...lines].map(([line, n]) => (n > 1 ? `${line} x${n}` : line)).sort();
  }

  get cellCount(): number {
    return this.cells.size;
  }

  get requestCount(): number {
    return [...this.cells.values()].reduce((s, n) => s + n, 0);
  }

  /** Writes this family's part of the summary and the summary of every part on disk; answers the summary. */
  write(extra: Record<string, unknown> = {}): Record<string, unknown> {
    mkdirSync(OUTPUT, { recursive: true });
    const viewers = [...new Set([...this.cells.keys()].map((k) => k.split('\u0000')[0]))].sort();
    const part = {
      family: this.family,
      at: new Date().toISOString(),
      viewers,
      channels: [...this.channels].sort(),
      cells: this.cellCount,
      answersSearched: this.requestCount,
      leaks: this.leakReport(),
      ...extra,
    };
    writeFileSync(new URL(`${this.family}.json`, OUTPUT), JSON.stringify(part, null, 2));
    const parts = readdirSync(OUTPUT)
      .filter((f) => f.endsWith('.json') && f !== 'canary-summary.json')
      .map((f) => JSON.parse(readFileSync(new URL(f, OUTPUT), 'utf8')) as typeof part);
    const summary = {
      at: new Date().toISOString(),
      cells: parts.reduce((s, p) => s + p.cells, 0),
      answersSearched: parts.reduce((s, p) => s + p.answersSearched, 0),
      channels: parts.reduce((s, p) => s + p.channels.length, 0),
      leaks: parts.reduce((s, p) => s + p.leaks.length, 0),
      channelNames: parts.flatMap((p) => p.channels).sort(),
      families: Object.fromEntries(parts.map((p) => [p.family, { cells: p.cells, channels: p.channels.length, leaks: p.leaks.length, at: p.at }])),
    };
    writeFileSync(new URL('canary-summary.json', OUTPUT), JSON.stringify(summary, null, 2));
    console.log(
      `canary ${this.family}: ${part.cells} viewer x channel cells over ${part.channels.length} channels, ${part.answersSearched} answers searched, ` +
        `${part.leaks.length} leaks\nchannels: ${part.channels.join(', ')}\nall families so far: ${summary.cells} cells, ${summary.channels} channels`,
    );
    return part;
  }
}

/** Runs `work` over `items`, `width` at a time. */
export async function pool<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i]);
      }
    }),
  );
}
