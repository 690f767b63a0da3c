import { Global, Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { readCookie } from '../auth/session.service.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { metricSources, poolUse, replicaLag } from '../observability/metrics.js';
import { currentRequestTrace } from '../observability/request-trace.js';
import { appDataSourceOptions } from './data-source-options.js';
import { runInAnyScope, ReplicaScopedClient } from './panel-scope.js';

/** Set on a person's browser by a write, for as long as the replica may lag: their reads go to the primary meanwhile. */
export const RECENT_WRITE_COOKIE = 'sentinel_recent_write';
const LAG_EVERY_MS = 2_000;
/**
 * Caught up when it has replayed all it received (or is no standby at all); otherwise as old as the last
 * transaction it replayed.
 */
const LAG_SQL = `SELECT CASE WHEN NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
  ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp()) END::float8 AS lag`;

/**
 * Where the heavy reads go (the threat picture, the outcome report, the link chart, the map, exports): the read
 * replica named by READ_DATABASE_URL, or the primary when there is none, when it lags more than
 * REPLICA_MAX_LAG_SECONDS or does not answer, and for a person who has just written (read-your-writes: a request
 * that changes records sets a cookie that lasts as long as the lag allowed). Everything else, and anything in a
 * transaction, uses the primary.
 */
@Injectable()
export class ReadDatabase implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReadDatabase');
  private replica: DataSource | null = null;
  private usable = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly primary: DataSource,
  ) {}

  /** The database a heavy read of the request in hand goes to. */
  source(): DataSource {
    return this.replica && this.usable && !currentRequestTrace()?.recentWrite ? this.replica : this.primary;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.READ_DATABASE_URL) return;
    const options = appDataSourceOptions(this.config.READ_DATABASE_URL);
    this.replica = new DataSource({
      ...options,
      extra: { ...(options.extra as object), application_name: 'sentinel-read', Client: ReplicaScopedClient },
    } as typeof options);
    await this.replica.initialize();
    metricSources.pools.set('replica', () => (this.replica ? poolUse(this.replica) : null));
    await this.measure();
    this.timer = setInterval(() => void this.measure(), LAG_EVERY_MS);
    this.timer.unref();
  }

  /** The replica's lag, read on the replica; past the limit (or when it fails) reads go to the primary. */
  private async measure(): Promise<void> {
    try {
      const [{ lag }] = await runInAnyScope(() => this.replica!.query(LAG_SQL));
      replicaLag.set(lag);
      const usable = lag <= this.config.REPLICA_MAX_LAG_SECONDS;
      if (usable !== this.usable)
        this.logger.warn(
          usable ? `Reading from the replica (lag ${lag.toFixed(1)} s)` : `Replica lags ${lag.toFixed(1)} s: reading from the primary`,
        );
      this.usable = usable;
    } catch (e) {
      if (this.usable) this.logger.warn(`Replica not answering (${(e as Error).name}): reading from the primary`);
      this.usable = false;
      replicaLag.set(-1);
    }
  }

  /**
   * Reads the request's recent-write cookie, and lets the primary's connection mark the request as a write when it
   * sends one (panel-scope.ts), which sets the cookie for the lag allowed.
   */
  recentWriteMiddleware() {
    const seconds = this.config.REPLICA_MAX_LAG_SECONDS;
    return (req: Request, res: Response, next: NextFunction): void => {
      if (!this.config.READ_DATABASE_URL) return next();
      const trace = currentRequestTrace();
      if (trace) {
        if (readCookie(req.headers.cookie, RECENT_WRITE_COOKIE)) trace.recentWrite = true;
        // Once a request: its first write sets the cookie (afresh, for the whole lag allowed).
        let marked = false;
        trace.markWrite = () => {
          if (!marked) markWrite(req, res, seconds);
          marked = true;
        };
      }
      next();
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    metricSources.pools.delete('replica');
    await this.replica?.destroy();
    this.replica = null;
  }
}

function markWrite(req: Request, res: Response, seconds: number): void {
  const trace = currentRequestTrace();
  if (trace) trace.recentWrite = true;
  if (res.headersSent) return;
  res.cookie(RECENT_WRITE_COOKIE, '1', { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', maxAge: (seconds + 1) * 1000 });
}

@Global()
@Module({ providers: [ReadDatabase], exports: [ReadDatabase] })
export class ReadDatabaseModule {}
