import { Controller, Get, HttpCode, HttpException, HttpStatus, type BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventsService } from '../../core/events/events.service.js';
import { JobsService } from '../../core/jobs/jobs.service.js';
import { checked, UP, type HealthCheck } from '../../core/observability/health-check.js';
import { runInAnyScope } from '../../core/database/panel-scope.js';

/** How long each dependency has to answer before the process is reported not ready. */
const CHECK_MS = 2_000;

interface Readiness {
  status: 'ready' | 'not ready';
  checks: Record<'process' | 'database' | 'redis' | 'jobs', HealthCheck>;
}

/**
 * `/health/live`: the process answers (a service manager restarts it when not). `/health/ready`: it can serve, so
 * a proxy may send it requests: its database answers, Redis answers when several processes share events through it,
 * and its scheduled jobs are running; each check says why when it is down. A process shutting down reports not ready
 * at once, so the proxy stops sending it requests while those in flight finish. `/health` is `/health/ready`.
 */
@Controller('health')
export class HealthController implements BeforeApplicationShutdown {
  private draining = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly jobs: JobsService,
  ) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: 'live' } {
    return { status: 'live' };
  }

  @Get(['ready', ''])
  @HttpCode(200)
  async ready(): Promise<Readiness> {
    const [database, redis, jobs] = await Promise.all([
      checked(CHECK_MS, async () => {
        await runInAnyScope(() => this.dataSource.query('SELECT 1'));
        return UP;
      }),
      checked(CHECK_MS, () => this.events.health()),
      checked(CHECK_MS, () => this.jobs.health()),
    ]);
    const process: HealthCheck = this.draining ? { status: 'down', reason: 'shutting down' } : UP;
    const checks = { process, database, redis, jobs };
    const ready = Object.values(checks).every((c) => c.status !== 'down');
    if (!ready) throw new HttpException({ status: 'not ready', checks }, HttpStatus.SERVICE_UNAVAILABLE);
    return { status: 'ready', checks };
  }

  beforeApplicationShutdown(): void {
    this.draining = true;
  }
}
