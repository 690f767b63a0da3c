import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../../core/jobs/jobs.service.js';
import { MeetingScheduleService } from './meeting-schedule.service.js';

export const SERIES_TOP_UP_JOB = 'meeting-series-top-up';

/** Every night at 02:30 UK time, each series is topped up to its next meetings. */
@Injectable()
export class MeetingsJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly schedule: MeetingScheduleService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: SERIES_TOP_UP_JOB, cron: '30 2 * * *', tz: 'Europe/London', run: () => this.schedule.topUp(new Date()) });
  }
}
