import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module.js';
import { AdministrationResolver } from './administration.resolver.js';
import { AdministrationService } from './administration.service.js';

/** The system administrator's work on the deployment: panels and their first chairs, and accounts across panels. */
@Module({ imports: [MembersModule], providers: [AdministrationResolver, AdministrationService] })
export class AdministrationModule {}
