import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobsService } from '../jobs/jobs.service.js';

export const CONSULTATION_PARTITIONS_JOB = 'consultation-log-partitions';

/** How many months ahead the consultation log's monthly partitions are made. */
export const PARTITION_MONTHS_AHEAD = 3;

/**
 * Every night, the consultation log's partitions for this month and the next three are made if missing
 * (migration CreateConsultationLog), so the rows of a month always land in that month's partition.
 */
@Injectable()
export class ConsultationLogJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: CONSULTATION_PARTITIONS_JOB, cron: '10 3 * * *', tz: 'Europe/London', run: () => this.partitionsAhead() });
  }

  async partitionsAhead(): Promise<void> {
    await this.dataSource.query(`SELECT consultation_partitions_ahead($1)`, [PARTITION_MONTHS_AHEAD]);
  }
}
