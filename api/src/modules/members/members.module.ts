import { Module } from '@nestjs/common';
import { MemberInvitationsService } from './member-invitations.service.js';
import { MembersResolver } from './members.resolver.js';
import { MembersService } from './members.service.js';

@Module({ providers: [MembersResolver, MembersService, MemberInvitationsService] })
export class MembersModule {}
