import { createHash } from 'node:crypto';
import type pg from 'pg';
import { DataSource, type QueryRunner } from 'typeorm';
import { AppError } from '../errors/app-error.js';

/**
 * Walks the hash chains of the audit trail (migration ChainAuditTrail) and of the s.62 consultation log (migration
 * CreateConsultationLog) and finds the first row of each chain that was changed, removed, added or moved since it
 * was written. In each log a panel's rows form one chain (in the audit trail the rows of no panel another); each
 * row's hash is sha256 over the previous row's hash and the row's canonical text.
 *
 * The canonical texts are built here on their own, not by the database's `*_canonical` functions, and the hashes
 * are taken here, so redefining the database's functions hides nothing. The texts are the migration's: change
 * both or neither.
 */
const LOGS = {
  audit: {
    label: 'audit trail',
    table: 'audit_event',
    heads: 'audit_chain_head',
    /**
     * A row whose content a disposal erased (migration CreateRecordReviews): its stored hash still links the chain,
     * `redacted_hash` covers the row as redacted, and the redaction counts only when an erasure record, itself named
     * by a chained row of the same panel, names the row's record.
     */
    redaction: `e.redacted_hash, (e.redacted_by_review IS NOT NULL AND EXISTS (
      SELECT 1 FROM record_review r WHERE r.id = e.redacted_by_review AND r.panel_id = e.panel_id AND r.decision = 'DISPOSE'
         AND (e.entity_type || ':' || e.entity_id) = ANY (r.erased)
         AND EXISTS (SELECT 1 FROM audit_event d WHERE d.panel_id = e.panel_id AND d.entity_type = 'RecordReview'
                        AND d.entity_id = r.id::text AND d.action = 'CREATE' AND d.seq > e.seq))) AS sanctioned`,
    canonical: `jsonb_build_array(e.id, e.seq, e.panel_id, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
      e.actor_user_id, e.actor_agency_id, e.entity_type, e.entity_id, e.action, e.changes)::text`,
  },
  consultation: {
    label: 'consultation log',
    table: 'consultation',
    heads: 'consultation_chain_head',
    redaction: `NULL::bytea AS redacted_hash, false AS sanctioned`,
    canonical: `jsonb_build_array(e.id, e.seq, e.panel_id, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
      e.actor_user_id, e.actor_agency_id, e.action, e.channel, e.disclosed_to_agency_id, e.purpose, e.subjects)::text`,
  },
} as const;

/** The audit trail (changes, sign-ins) or the s.62 log of consultations and disclosures. */
export type ChainedLog = keyof typeof LOGS;

/** How the head table names the chain of the rows of no panel. */
const NO_PANEL_CHAIN = '00000000-0000-0000-0000-000000000000';

/** The hash before a chain's first row. */
const GENESIS = Buffer.alloc(32);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AuditChainBreakKind = 'changed' | 'deleted' | 'inserted' | 'reordered';

export interface AuditChainBreak {
  log: ChainedLog;
  /** The chain's panel; null for the chain of the rows of no panel. */
  panelId: string | null;
  kind: AuditChainBreakKind;
  /** The place in the chain where the break is. */
  seq: number;
  /** The row found there; null where nothing is left to name (rows removed from the end of a chain). */
  id: string | null;
  message: string;
}

/** A chain's last place and hash: kept elsewhere, they show later whether a whole chain was rewritten. */
export interface AuditChainHead {
  log: ChainedLog;
  panelId: string | null;
  seq: number;
  hash: string;
}

export interface AuditChainReport {
  ok: boolean;
  rows: number;
  chains: number;
  /** The first break of the first broken chain. */
  firstBreak?: AuditChainBreak;
  /** The first break of each broken chain. */
  breaks: AuditChainBreak[];
  heads: AuditChainHead[];
}

export interface VerifyAuditChainsOptions {
  /** One chain only: a panel's id, or null for the rows of no panel. Every chain when left out. */
  panelId?: string | null;
  /** One log only; both when left out. */
  log?: ChainedLog;
  /** Rows read per round trip. */
  batchSize?: number;
  /**
   * Walks as the app role, in the panel scope of the work in hand: the heads are read through `panel_chain_heads`
   * (migration AllowDataProtectionOfficer), which answers only a panel in that scope. Needs `panelId`.
   */
  asApp?: boolean;
}

/**
 * A connection as the owner of the tables (the app role may not read the chains' heads): a DataSource, a
 * QueryRunner (used as it is when a transaction is open on it, so a caller sees its own uncommitted rows), or a
 * pg client outside any transaction. The walk reads one snapshot, so rows written meanwhile neither count nor break.
 */
export type AuditChainSource = DataSource | QueryRunner | pg.ClientBase;

type Run = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

interface ChainRow {
  id: string;
  panel_id: string | null;
  seq: string;
  hash: Buffer;
  /** The hash of the row as redacted, when a disposal erased its content. */
  redacted_hash: Buffer | null;
  /** Whether an erasure record sanctions the redaction. */
  sanctioned: boolean;
  canonical: string;
}

export async function verifyAuditChains(source: AuditChainSource, opts: VerifyAuditChainsOptions = {}): Promise<AuditChainReport> {
  if (opts.panelId && !UUID.test(opts.panelId))
    throw AppError.badInput('panel', 'Name the panel by its id (a UUID), or the rows of no panel by none');
  if (opts.asApp && !opts.panelId) throw AppError.badInput('panel', 'Name the panel whose chains to verify');
  return inSnapshot(source, async (run) => {
    const report: AuditChainReport = { ok: true, rows: 0, chains: 0, breaks: [], heads: [] };
    for (const log of opts.log ? [opts.log] : (Object.keys(LOGS) as ChainedLog[])) {
      const one = await walk(run, log, opts);
      report.rows += one.rows;
      report.chains += one.chains;
      report.breaks.push(...one.breaks);
      report.heads.push(...one.heads);
    }
    report.ok = report.breaks.length === 0;
    report.firstBreak = report.breaks[0];
    return report;
  });
}

/** One line when every chain holds, otherwise one line per broken chain. */
export function describeAuditChainReport(report: AuditChainReport): string {
  const counted = `${report.rows.toLocaleString('en-GB')} rows in ${report.chains.toLocaleString('en-GB')} ${report.chains === 1 ? 'chain' : 'chains'}`;
  if (report.ok) return `${counted} verified`;
  return [
    `The audit trail or the consultation log has been tampered with (${counted} read):`,
    ...report.breaks.map((b) => `  ${b.kind}: ${b.message}`),
  ].join('\n');
}

async function walk(run: Run, log: ChainedLog, opts: VerifyAuditChainsOptions): Promise<AuditChainReport> {
  const { table, canonical } = LOGS[log];
  // Databases migrated only part of the way (the migrations' own tests) have no redaction yet.
  const [{ redactable }] = await run(
    `SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('audit_event') AND attname = 'redacted_hash' AND NOT attisdropped) AS redactable`,
  );
  const redaction = redactable ? LOGS[log].redaction : LOGS.consultation.redaction;
  const one = opts.panelId !== undefined;
  const chainId = opts.panelId ?? NO_PANEL_CHAIN;
  const heads = new Map<string | null, { seq: number; hash: Buffer }>();
  const headRows = opts.asApp
    ? await run(`SELECT chain_id::text AS chain_id, seq::text AS seq, hash FROM panel_chain_heads($1) WHERE log = $2`, [chainId, log])
    : await readHeads(run, log, one ? chainId : null);
  for (const h of headRows) heads.set(h.chain_id === NO_PANEL_CHAIN ? null : (h.chain_id as string), { seq: Number(h.seq), hash: h.hash as Buffer });

  const report: AuditChainReport = { ok: true, rows: 0, chains: 0, breaks: [], heads: [] };
  const walked = new Set<string | null>();
  const finish = (chain: ChainWalk) => {
    walked.add(chain.panelId);
    report.rows += chain.rows;
    const broken = chain.end();
    if (broken) report.breaks.push(broken);
  };

  const filter = !one ? '' : opts.panelId === null ? 'WHERE e.panel_id IS NULL' : 'WHERE e.panel_id = $1';
  await run(
    `DECLARE audit_chain_walk NO SCROLL CURSOR FOR
     SELECT e.id::text AS id, e.panel_id::text AS panel_id, e.seq::text AS seq, e.hash, ${redaction}, ${canonical} AS canonical
       FROM ${table} e ${filter} ORDER BY e.panel_id, e.seq, e.id`,
    one && opts.panelId !== null ? [opts.panelId] : [],
  );
  const batch = Math.max(1, Math.floor(opts.batchSize ?? 5000));
  let chain: ChainWalk | null = null;
  for (;;) {
    const rows = (await run(`FETCH ${batch} FROM audit_chain_walk`)) as unknown as ChainRow[];
    for (const row of rows) {
      if (!chain || chain.panelId !== row.panel_id) {
        if (chain) finish(chain);
        chain = new ChainWalk(log, row.panel_id, heads.get(row.panel_id));
      }
      chain.add(row);
    }
    if (rows.length < batch) break;
  }
  if (chain) finish(chain);
  await run('CLOSE audit_chain_walk');

  // A chain whose head is recorded but whose rows are all gone.
  for (const [panelId, head] of heads) {
    if (!walked.has(panelId)) finish(new ChainWalk(log, panelId, head));
  }
  report.chains = walked.size;
  report.heads = [...heads].map(([panelId, h]) => ({ log, panelId, seq: h.seq, hash: h.hash.toString('hex') }));
  report.breaks.sort((a, b) => (a.panelId ?? '').localeCompare(b.panelId ?? ''));
  return report;
}

async function readHeads(run: Run, log: ChainedLog, chainId: string | null): Promise<Record<string, unknown>[]> {
  try {
    return await run(
      `SELECT chain_id::text AS chain_id, seq::text AS seq, hash FROM ${LOGS[log].heads} ${chainId ? 'WHERE chain_id = $1' : ''} ORDER BY chain_id`,
      chainId ? [chainId] : [],
    );
  } catch (e) {
    if ((e as { code?: string }).code === '42501') {
      throw new AppError(
        'FORBIDDEN',
        'The audit chains can only be verified as the owner of the tables: connect with DATABASE_URL, not as the app role',
      );
    }
    throw e;
  }
}

/** One chain, row by row in seq order, holding back a row whose hash fails until the next row says why. */
class ChainWalk {
  rows = 0;
  private next = 1;
  private prev: Buffer = GENESIS;
  private prevId = 0n;
  private suspect: ChainRow | null = null;
  private broken: AuditChainBreak | null = null;

  constructor(
    private readonly log: ChainedLog,
    readonly panelId: string | null,
    private readonly head: { seq: number; hash: Buffer } | undefined,
  ) {}

  add(row: ChainRow): void {
    this.rows++;
    if (this.broken) return;
    if (this.suspect) return this.settle(row);
    const seq = Number(row.seq);
    if (!this.head) return this.fail('inserted', seq, row.id, `row ${row.id} is in a chain whose head was never recorded`);
    if (seq < this.next) return this.fail('inserted', seq, row.id, `row ${row.id} repeats a place already taken in the chain`);
    if (seq > this.head.seq) return this.fail('inserted', seq, row.id, `row ${row.id} lies beyond the chain's recorded head (seq ${this.head.seq})`);
    if (seq > this.next) {
      const missing = seq - 1 === this.next ? `seq ${this.next} is` : `seq ${this.next} to ${seq - 1} are`;
      return this.fail('deleted', this.next, row.id, `${missing} missing, before row ${row.id}`);
    }
    if (row.redacted_hash) {
      if (!row.sanctioned) return this.fail('changed', seq, row.id, `row ${row.id} was redacted, but no erasure record names its record`);
      if (!hashOf(this.prev, row).equals(row.redacted_hash)) {
        return this.fail('changed', seq, row.id, `row ${row.id} no longer matches its hash as redacted: its content was changed`);
      }
    } else if (!hashOf(this.prev, row).equals(row.hash)) {
      this.suspect = row;
      return;
    }
    this.next++;
    this.prev = row.hash;
    this.prevId = BigInt(row.id);
  }

  end(): AuditChainBreak | null {
    if (this.suspect) this.moved(this.suspect, null);
    if (this.broken || !this.head) return this.broken;
    const last = this.next - 1;
    if (this.head.seq > last) {
      const missing = this.head.seq === last + 1 ? `seq ${last + 1} is` : `seq ${last + 1} to ${this.head.seq} are`;
      this.fail('deleted', last + 1, null, `${missing} missing from the end of the chain`);
    } else if (!this.head.hash.equals(this.prev)) {
      this.fail('changed', last, null, `the chain's recorded head does not match its last row (seq ${last})`);
    }
    return this.broken;
  }

  /** The row after one whose hash failed tells a forged row (the true row of its place follows it) from the rest. */
  private settle(row: ChainRow): void {
    const suspect = this.suspect as ChainRow;
    this.suspect = null;
    if (row.seq === suspect.seq && hashOf(this.prev, row).equals(row.hash)) {
      this.fail('inserted', Number(suspect.seq), suspect.id, `row ${suspect.id} was added beside the true row of its place`);
    } else this.moved(suspect, row);
  }

  /** Ids rise with seq in a chain (the insert trigger takes them under the chain's lock): a row out of that order was moved. */
  private moved(suspect: ChainRow, next: ChainRow | null): void {
    const id = BigInt(suspect.id);
    if (id < this.prevId || (next && BigInt(next.id) < id)) {
      this.fail(
        'reordered',
        Number(suspect.seq),
        suspect.id,
        `row ${suspect.id} is out of the order the chain was written in (rows moved or swapped)`,
      );
    } else {
      this.fail('changed', Number(suspect.seq), suspect.id, `row ${suspect.id} no longer matches its hash: its content was changed`);
    }
  }

  private fail(kind: AuditChainBreakKind, seq: number, id: string | null, what: string): void {
    const chain = this.panelId ? `panel ${this.panelId}` : 'the rows of no panel';
    this.broken = { log: this.log, panelId: this.panelId, kind, seq, id, message: `${LOGS[this.log].label}, chain of ${chain}, seq ${seq}: ${what}` };
  }
}

function hashOf(prev: Buffer, row: ChainRow): Buffer {
  return createHash('sha256').update(prev).update(row.canonical, 'utf8').digest();
}

/** Runs the walk in one read-only snapshot, on a connection of its own unless the caller's transaction is open. */
async function inSnapshot<T>(source: AuditChainSource, fn: (run: Run) => Promise<T>): Promise<T> {
  if (source instanceof DataSource) {
    const runner = source.createQueryRunner();
    try {
      return await inSnapshot(runner, fn);
    } finally {
      await runner.release();
    }
  }
  if (isQueryRunner(source)) {
    const run: Run = (sql, params) => source.query(sql, params);
    if (source.isTransactionActive) return fn(run);
    await source.startTransaction('REPEATABLE READ');
    try {
      await source.query('SET TRANSACTION READ ONLY');
      return await fn(run);
    } finally {
      await source.rollbackTransaction();
    }
  }
  const client = source;
  const run: Run = async (sql, params) => (await client.query(sql, params)).rows;
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    return await fn(run);
  } finally {
    await client.query('ROLLBACK');
  }
}

function isQueryRunner(source: QueryRunner | pg.ClientBase): source is QueryRunner {
  return 'isTransactionActive' in source && 'manager' in source;
}
