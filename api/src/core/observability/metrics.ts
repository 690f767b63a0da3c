import http from 'node:http';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's metrics, in Prometheus' format. Labels are chosen from closed sets (operation names are capped,
 * error codes are the API's own), so a client cannot grow them without bound; no label holds personal data.
 */
export const registry = new Registry();
// The process's CPU, memory, garbage collection and event-loop lag (nodejs_eventloop_lag_* seconds).
collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });

export const requestDuration = new Histogram({
  name: 'sentinel_http_request_duration_seconds',
  help: 'Time from a request arriving to its answer being sent, by GraphQL operation (or route) and status',
  labelNames: ['operation', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const graphqlErrors = new Counter({
  name: 'sentinel_graphql_errors_total',
  help: 'Errors in GraphQL answers, by code',
  labelNames: ['code'] as const,
  registers: [registry],
});

export const openWebSockets = new Gauge({
  name: 'sentinel_websockets_open',
  help: 'Live-update sockets open on this process',
  registers: [registry],
});

export const mailMessages = new Counter({
  name: 'sentinel_mail_messages_total',
  help: 'Mail messages by outcome: SENT, REFUSED by the mail server, or NOT_SENT (no SMTP_URL)',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const databaseStatements = new Counter({
  name: 'sentinel_db_statements_total',
  help: 'SQL statements sent for requests, by the database they went to (primary or replica)',
  labelNames: ['target'] as const,
  registers: [registry],
});

export const replicaLag = new Gauge({
  name: 'sentinel_db_replica_lag_seconds',
  help: 'How far the read replica is behind the primary, as it last said (0 when caught up, -1 when it did not answer)',
  registers: [registry],
});

/** A pool's connections now, as pg counts them. */
export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
}
/** A TypeORM data source's pool use now (pg's counts), or null before it has connected. */
export function poolUse(dataSource: { driver: unknown }): PoolUse | null {
  const pool = (dataSource.driver as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
  return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
}

/** A job queue's jobs now, by state. */
export interface QueueState {
  queue: string;
  state: string;
  jobs: number;
}

/** What the metrics read when scraped, given by the running app (tests start several apps in one process). */
export const metricSources = {
  pools: new Map<string, () => PoolUse | null>(),
  queues: null as null | (() => Promise<QueueState[]>),
};

new Gauge({
  name: 'sentinel_db_pool_connections',
  help: 'Database connections of each pool: total open, idle, and requests waiting for one',
  labelNames: ['pool', 'state'] as const,
  registers: [registry],
  collect() {
    this.reset();
    for (const [pool, read] of metricSources.pools) {
      const use = read();
      if (!use) continue;
      this.set({ pool, state: 'total' }, use.total);
      this.set({ pool, state: 'idle' }, use.idle);
      this.set({ pool, state: 'waiting' }, use.waiting);
    }
  },
});

new Gauge({
  name: 'sentinel_job_queue_jobs',
  help: 'Scheduled jobs by queue and state (created, retry, active, completed, cancelled, failed)',
  labelNames: ['queue', 'state'] as const,
  registers: [registry],
  async collect() {
    this.reset();
    const rows = (await metricSources.queues?.().catch(() => null)) ?? [];
    for (const { queue, state, jobs } of rows) this.set({ queue, state }, jobs);
  },
});

/** Operation labels seen so far; past the cap, any new name is counted as `other`. */
const operations = new Set<string>();
const MAX_OPERATIONS = 500;

export function boundedOperation(name: string): string {
  if (operations.has(name)) return name;
  if (operations.size >= MAX_OPERATIONS) return 'other';
  operations.add(name);
  return name;
}

/** Serves GET /metrics on its own port, apart from the public one (the proxy never forwards it). */
export async function startMetricsServer(port: number, host: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    registry
      .metrics()
      .then((body) => res.writeHead(200, { 'Content-Type': registry.contentType }).end(body))
      .catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, () => resolve()));
  return server;
}
