import { Module } from '@nestjs/common';
import { MembersResolver } from './members.resolver.js';
import { MembersService } from './members.service.js';
import { MembershipReviewJobs } from './membership-review.jobs.js';
import { MembershipReviewResolver } from './membership-review.resolver.js';
import { MembershipReviewService } from './membership-review.service.js';

@Module({ providers: [MembersResolver, MembersService, MembershipReviewResolver, MembershipReviewService, MembershipReviewJobs] })
export class MembersModule {}
