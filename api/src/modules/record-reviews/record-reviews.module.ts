import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../../core/jobs/jobs.service.js';
import { RecordReviewDueResolver, RecordReviewsResolver } from './record-reviews.resolver.js';
import { RecordReviewsService } from './record-reviews.service.js';
import { ReviewRemindersService } from './review-reminders.service.js';

export const REVIEW_REMINDER_SCAN_JOB = 'record-review-reminder-scan';

/** The review reminders' scan: hourly, as the day's reminders need no finer time. */
@Injectable()
export class RecordReviewsJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly reminders: ReviewRemindersService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: REVIEW_REMINDER_SCAN_JOB, cron: '5 * * * *', tz: 'Europe/London', run: () => this.reminders.scan(new Date()) });
  }
}

/** Review and retention (MoPI): the queue of records due for review, the decisions, disposal and the reminders. */
@Module({ providers: [RecordReviewsResolver, RecordReviewDueResolver, RecordReviewsService, ReviewRemindersService, RecordReviewsJobs] })
export class RecordReviewsModule {}
