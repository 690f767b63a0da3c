import { Module } from '@nestjs/common';
import { RegionAdministrationService } from './region-administration.service.js';
import { RegionsResolver } from './regions.resolver.js';
import { RegionsService } from './regions.service.js';

/** Regional and national units: their panels' figures in aggregate, and the administrator's work on them. */
@Module({ providers: [RegionsResolver, RegionsService, RegionAdministrationService] })
export class RegionsModule {}
