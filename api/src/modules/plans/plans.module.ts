import { Module } from '@nestjs/common';
import { OcgPlanResolver, PlansResolver } from './plans.resolver.js';
import { PlansService } from './plans.service.js';

@Module({ providers: [PlansService, PlansResolver, OcgPlanResolver] })
export class PlansModule {}
