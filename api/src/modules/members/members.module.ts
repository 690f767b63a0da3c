import { Module } from '@nestjs/common';
import { MemberInvitationsService } from './member-invitations.service.js';
import { MemberSecondFactorResolver } from './member-second-factor.resolver.js';
import { MemberSecondFactorService } from './member-second-factor.service.js';
import { MembersResolver } from './members.resolver.js';
import { MembersService } from './members.service.js';
import { MembershipReviewJobs } from './membership-review.jobs.js';
import { MembershipReviewResolver } from './membership-review.resolver.js';
import { MembershipReviewService } from './membership-review.service.js';

@Module({
  providers: [
    MembersResolver,
    MembersService,
    MemberInvitationsService,
    MemberSecondFactorResolver,
    MemberSecondFactorService,
    MembershipReviewResolver,
    MembershipReviewService,
    MembershipReviewJobs,
  ],
  exports: [MemberInvitationsService],
})
export class MembersModule {}
