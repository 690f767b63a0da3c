import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import type { Viewer } from '../access/request-context.js';
import { databaseStatements } from '../observability/metrics.js';
import { currentRequestTrace } from '../observability/request-trace.js';

/**
 * Which panels the database shows to the work in hand. Row-level security (migration EnforcePanelIsolation)
 * reads the `sentinel.scope` setting of the connection; this module sets it, before each statement, from the
 * work that sends the statement: a request sees its viewer's panels, scheduled and start-up work sees all, and
 * anything else sees none, so a query that forgot its panel filter still finds nothing of another panel.
 * A system administrator's request also sets `sentinel.administration`, which opens (migration
 * NarrowAdministratorScope) what administering panels, agencies and members reads and writes in every panel, and
 * nothing else of a panel they do not sit on.
 */
interface ScopeStore {
  /**
   * The request's context, read again at every statement: the viewer is found after the request has started,
   * changes when a person signs in or out, and is replaced on a long-lived socket.
   */
  ctx?: { viewer: Viewer | null };
  system?: boolean;
  /** Statements that read the same whatever the setting (SECURITY DEFINER functions): the setting is left as held. */
  anyScope?: boolean;
  /** Statements that see exactly these panels, whoever sends them (a region's figures). */
  panels?: string;
}

const storage = new AsyncLocalStorage<ScopeStore>();

/** The setting's value for every panel; otherwise an array of panel ids (`{...}`), `{}` for none. */
export const ALL_PANELS = 'all';
export const NO_PANEL = '{}';

/** The two settings a statement runs under: the panels it sees, and whether it administers every panel. */
export interface ScopeSettings {
  panels: string;
  administration: boolean;
}

const SYSTEM_SCOPE: ScopeSettings = { panels: ALL_PANELS, administration: false };
const NO_SCOPE: ScopeSettings = { panels: NO_PANEL, administration: false };

/** Runs a request whose context is not known yet; `attachScopeContext` names it once it is. */
export function runInRequestScope<T>(fn: () => T): T {
  return storage.run({}, fn);
}

/** The request in hand is this context's: its statements see its viewer's panels from now on. */
export function attachScopeContext(ctx: { viewer: Viewer | null }): void {
  const store = storage.getStore();
  if (store && !store.system) store.ctx = ctx;
}

/** Runs work for a known context (a socket's operation): its statements see that context's viewer's panels. */
export function runWithScopeContext<T>(ctx: { viewer: Viewer | null }, fn: () => T): T {
  return storage.run({ ctx }, fn);
}

/** Runs work that no viewer limits (scheduled jobs, finding who a session belongs to): every panel. */
export function runAsSystem<T>(fn: () => T): T {
  return storage.run({ system: true }, fn);
}

/**
 * Runs work that sees exactly the given panels and no others, whoever asked: a region's figures are read across its
 * panels by an analyst who sits on none of them, and the rows of any other panel stay out of reach of those reads.
 */
export function runInPanels<T>(panelIds: readonly string[], fn: () => T): T {
  return storage.run({ panels: `{${[...new Set(panelIds)].sort().join(',')}}` }, fn);
}

/**
 * Runs statements whose answer does not depend on the setting (functions that read past row-level security for
 * one narrow purpose, such as the viewer behind a session): the connection keeps whatever setting it holds, so a
 * request's first read costs no switch of scope and no switch back.
 */
export function runInAnyScope<T>(fn: () => T): T {
  return storage.run({ anyScope: true }, fn);
}

/** The scope of the work in hand, as the database settings spell it; null when any will do. */
export function currentPanelScope(): ScopeSettings | null {
  const store = storage.getStore();
  if (!store) return NO_SCOPE;
  if (store.anyScope) return null;
  if (store.system) return SYSTEM_SCOPE;
  if (store.panels !== undefined) return { panels: store.panels, administration: false };
  const viewer = store.ctx?.viewer;
  return viewer ? viewerPanelScope(viewer) : NO_SCOPE;
}

const viewerScopes = new WeakMap<Viewer, ScopeSettings>();

/**
 * Everyone sees the panels they sit on. A system administrator also administers every panel (ADMIN_PANEL_PERMISSIONS:
 * the panel, its agencies and members), but sees a panel's records only where they sit on it, as anyone else.
 */
export function viewerPanelScope(viewer: Viewer): ScopeSettings {
  let scope = viewerScopes.get(viewer);
  if (scope === undefined) {
    const panels = `{${[...new Set(viewer.memberships.map((m) => m.panelId))].sort().join(',')}}`;
    scope = { panels, administration: viewer.isAdmin };
    viewerScopes.set(viewer, scope);
  }
  return scope;
}

/** The connection's held state: both settings in one string, compared before each statement. */
function heldKey(scope: ScopeSettings): string {
  return scope.administration ? `${scope.panels}|administration` : scope.panels;
}

const SET_SCOPE = `SELECT set_config('sentinel.scope', $1, false), set_config('sentinel.administration', $2, false)`;
const ENDS_TRANSACTION = /^\s*(ROLLBACK|ABORT|COMMIT|END)\b/i;
const ROLLS_BACK = /^\s*(ROLLBACK|ABORT)\b/i;

/**
 * The API's pooled connection. Before a statement sent for a scope other than the one the connection holds, it
 * queues the setting first (pg sends a connection's statements in order), so a connection kept by one viewer
 * costs nothing extra. A rollback undoes a setting made inside its transaction, so after one the connection
 * forgets what it holds. Statements reach it only from an awaited pool checkout (TypeORM, queryPrepared), so
 * the scope read here is that of the code that sends them.
 */
export class PanelScopedClient extends pg.Client {
  /** The settings on the server (`heldKey`; never set reads as no panel, no administration); null when unknown. */
  heldScope: string | null = heldKey(NO_SCOPE);
  /** Counts the statements sent for requests through this kind of connection (metrics). */
  protected readonly counted = PRIMARY_STATEMENTS;
}

/** A statement's kind and table, when it inserts, updates or deletes. */
const WRITES = /^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)/i;
/**
 * Tables a request writes that no heavy read shows: the s.62 log of what it read, the audit trail (a change of
 * records writes its record too, which counts), sign-in and session bookkeeping, the mail log. Writing them does
 * not send the person's next heavy reads to the primary (read-database.ts).
 */
const BOOKKEEPING = new Set([
  'consultation',
  'audit_event',
  'user_session',
  'user_second_factor',
  'second_factor_attempt',
  'sign_in_attempt',
  'password_change_attempt',
  'mail_message',
]);

/** Whether a statement changes records a heavy read may show. */
export function changesRecords(text: string): boolean {
  const table = WRITES.exec(text)?.[1];
  return table !== undefined && !BOOKKEEPING.has(table.toLowerCase());
}

const PRIMARY_STATEMENTS = databaseStatements.labels('primary');
const REPLICA_STATEMENTS = databaseStatements.labels('replica');

/** A connection to the read replica (read-database.ts): the same scoping, counted apart. */
export class ReplicaScopedClient extends PanelScopedClient {
  protected override readonly counted = REPLICA_STATEMENTS;
}

const sendQuery = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;

PanelScopedClient.prototype.query = function query(this: PanelScopedClient, ...args: unknown[]): unknown {
  const scope = currentPanelScope();
  const key = scope && heldKey(scope);
  if (scope !== null && key !== this.heldScope) {
    this.heldScope = key;
    // Inside a transaction a failure aborts it, so the statement queued next fails too.
    (sendQuery.call(this, SET_SCOPE, [scope.panels, scope.administration ? 'on' : 'off']) as Promise<unknown>).catch(() => {
      this.heldScope = null;
    });
  }
  const trace = currentRequestTrace();
  const first = args[0] as string | { text?: string } | undefined;
  const text = typeof first === 'string' ? first : first?.text;
  if (trace) {
    this.counted.inc();
    if (trace.markWrite && text && changesRecords(text)) trace.markWrite();
  }
  const result = sendQuery.apply(this, args);
  if (text && ENDS_TRANSACTION.test(text)) {
    if (ROLLS_BACK.test(text) || !(result instanceof Promise)) this.heldScope = null;
    else {
      // COMMIT of a failed transaction rolls it back: its command tag says so.
      result.then(
        (r: { command?: string } | undefined) => {
          if (r?.command === 'ROLLBACK') this.heldScope = null;
        },
        () => {
          this.heldScope = null;
        },
      );
    }
  }
  return result;
} as typeof pg.Client.prototype.query;
