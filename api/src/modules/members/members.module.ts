import { Module } from '@nestjs/common';
import { MemberSecondFactorResolver } from './member-second-factor.resolver.js';
import { MemberSecondFactorService } from './member-second-factor.service.js';
import { MembersResolver } from './members.resolver.js';
import { MembersService } from './members.service.js';

@Module({ providers: [MembersResolver, MembersService, MemberSecondFactorResolver, MemberSecondFactorService] })
export class MembersModule {}
