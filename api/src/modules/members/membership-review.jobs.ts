import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../../core/jobs/jobs.service.js';
import { MembershipReviewService } from './membership-review.service.js';

export const MEMBERSHIP_REVIEW_JOB = 'membership-review';

/** Every morning at 06:00 UK time: reviews that are due open, and those whose 30 days have passed close. */
@Injectable()
export class MembershipReviewJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly reviews: MembershipReviewService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: MEMBERSHIP_REVIEW_JOB, cron: '0 6 * * *', tz: 'Europe/London', run: () => this.reviews.run(new Date()) });
  }
}
