import { Module } from '@nestjs/common';
import { ReferralDecisionsService } from './referral-decisions.service.js';
import { ReferralsResolver } from './referrals.resolver.js';
import { ReferralsService } from './referrals.service.js';

@Module({ providers: [ReferralsService, ReferralDecisionsService, ReferralsResolver] })
export class ReferralsModule {}
