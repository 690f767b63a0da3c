import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, appDatabaseUrl, type AppConfig } from '../config/config.js';
import { runAsSystem } from '../database/panel-scope.js';
import { OFF, UP, type HealthCheck } from '../observability/health-check.js';
import type { QueueState } from '../observability/metrics.js';
import { JOBS_SCHEMA } from './jobs-schema.js';

export interface ScheduledJob {
  name: string;
  /** Cron, in `tz`. */
  cron: string;
  tz: string;
  /** Calls a plain service method; the job's clock is read here so the services take `now` as an argument. */
  run: () => Promise<unknown>;
}

/**
 * Scheduled work on pg-boss, in the app's own database (schema `pgboss`). pg-boss sends each cron job once
 * per slot whatever the number of API processes, and the `stately` queue policy lets only one of them run a
 * given job at a time, so a slow scan never overlaps the next.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly jobs: ScheduledJob[] = [];
  private boss: PgBoss | null = null;
  private starting: Promise<void> | null = null;
  private failed: string | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return (this.config.JOBS ?? (this.config.NODE_ENV === 'test' ? 'off' : 'on')) === 'on';
  }

  /** Called by modules while they initialise; the schedules are written when the app has started. */
  register(job: ScheduledJob): void {
    this.jobs.push(job);
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    // Not awaited: starting pg-boss takes a moment, and the API should answer meanwhile.
    this.starting = this.start().catch((e: Error & { code?: string }) => {
      this.failed = `${e.name}${e.code ? ` ${e.code}` : ''}`;
      this.logger.error(`Scheduled jobs did not start: ${this.failed}`);
    });
  }

  /** Resolves once the schedules and workers are in place (for tests and for shutdown). */
  async ready(): Promise<void> {
    await this.starting;
  }

  /** Whether this process runs its share of the scheduled jobs: started, and its queue's schema in place. */
  async health(): Promise<HealthCheck> {
    if (!this.enabled) return OFF;
    if (this.failed) return { status: 'down', reason: `scheduled jobs did not start (${this.failed})` };
    if (!this.boss) return { status: 'starting' };
    return (await this.boss.isInstalled()) ? UP : { status: 'down', reason: 'the job queue schema is missing (run the migrations)' };
  }

  /** The jobs in each queue by state, for the metrics (pg-boss keeps a job in its table until it is archived). */
  async queueStates(): Promise<QueueState[]> {
    if (!this.boss) return [];
    const db = this.boss.getDb() as { executeSql(text: string): Promise<{ rows: QueueState[] }> };
    const { rows } = await db.executeSql(`SELECT name AS queue, state::text AS state, count(*)::int AS jobs FROM ${JOBS_SCHEMA}.job GROUP BY 1, 2`);
    return rows;
  }

  /** Queues a scheduled job to run now, as its schedule would. */
  async runNow(name: string): Promise<string | null> {
    await this.ready();
    if (!this.boss) throw new Error('Scheduled jobs are not running');
    return this.boss.send(name, {});
  }

  private async start(): Promise<void> {
    const boss = new PgBoss({
      connectionString: appDatabaseUrl(this.config),
      schema: JOBS_SCHEMA,
      // The owner creates and upgrades pg-boss's schema when the database is prepared (jobs-schema.ts).
      migrate: false,
      application_name: 'sentinel-jobs',
      max: 3,
      // A job that runs past this is failed and retried at its next slot; a scan takes seconds.
      expireInMinutes: 14,
      retryLimit: 0,
    });
    boss.on('error', (e: Error & { code?: string }) => {
      // 57P01: the database is shutting down (on Ctrl-C `npm start` stops its embedded server alongside the API).
      if (e.code === '57P01') return;
      this.logger.error(`Scheduled jobs: ${e.message}`);
    });
    await boss.start();
    this.boss = boss;
    for (const job of this.jobs) {
      await boss.createQueue(job.name, { name: job.name, policy: 'stately' });
      await boss.schedule(job.name, job.cron, {}, { tz: job.tz });
      await boss.work(job.name, { pollingIntervalSeconds: this.config.NODE_ENV === 'test' ? 0.5 : 2 }, async () => {
        // Scheduled work serves every panel: no viewer limits what it reads.
        await runAsSystem(() => job.run());
      });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.ready();
    // Graceful: a job in flight finishes (its mail is sent and recorded) before the process exits.
    await this.boss?.stop({ graceful: true, wait: true, timeout: 20_000 });
    this.boss = null;
  }
}
