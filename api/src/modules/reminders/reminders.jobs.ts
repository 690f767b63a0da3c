import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../core/config/config.js';
import { JobsService } from '../../core/jobs/jobs.service.js';
import { RemindersService } from './reminders.service.js';

export const REMINDER_SCAN_JOB = 'task-reminder-scan';
export const WEEKLY_DIGEST_JOB = 'weekly-overdue-digest';

/** The schedules: a reminder scan every 15 minutes (REMINDER_SCAN_CRON), the digest on Monday at 07:00 UK time. */
@Injectable()
export class RemindersJobs implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly reminders: RemindersService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: REMINDER_SCAN_JOB,
      cron: this.config.REMINDER_SCAN_CRON,
      tz: 'Europe/London',
      run: () => this.reminders.scan(new Date()),
    });
    this.jobs.register({ name: WEEKLY_DIGEST_JOB, cron: '0 7 * * 1', tz: 'Europe/London', run: () => this.reminders.weeklyDigest(new Date()) });
  }
}
