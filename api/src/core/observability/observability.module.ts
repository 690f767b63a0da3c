import type { Server } from 'node:http';
import { Global, Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { JobsService } from '../jobs/jobs.service.js';
import { metricSources, poolUse, startMetricsServer } from './metrics.js';
import { atShutdown } from './shutdown.js';

/** Hands the metrics what they read when scraped, and serves them on METRICS_PORT when it is set. */
@Injectable()
export class MetricsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server: Server | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    metricSources.pools.set('primary', () => poolUse(this.dataSource));
    metricSources.queues = () => this.jobs.queueStates();
    if (!this.config.METRICS_PORT) return;
    this.server = await startMetricsServer(this.config.METRICS_PORT, this.config.METRICS_HOST);
    this.logger.log(`Metrics at http://${this.config.METRICS_HOST}:${this.config.METRICS_PORT}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    metricSources.pools.delete('primary');
    metricSources.queues = null;
    const server = this.server;
    this.server = null;
    if (server) await new Promise((resolve) => server.close(resolve));
    await Promise.all([...atShutdown].map((finish) => finish().catch(() => undefined)));
  }
}

@Global()
@Module({ providers: [MetricsService] })
export class ObservabilityModule {}
