import { Module } from '@nestjs/common';
import { MembersResolver } from './members.resolver.js';
import { MembersService } from './members.service.js';

@Module({ providers: [MembersResolver, MembersService] })
export class MembersModule {}
