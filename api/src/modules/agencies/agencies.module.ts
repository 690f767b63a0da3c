import { Module } from '@nestjs/common';
import { AgenciesResolver, ViewerAgencyResolver } from './agencies.resolver.js';
import { AgenciesService } from './agencies.service.js';

@Module({ providers: [AgenciesResolver, ViewerAgencyResolver, AgenciesService], exports: [AgenciesService] })
export class AgenciesModule {}
