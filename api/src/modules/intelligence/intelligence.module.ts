import { Module } from '@nestjs/common';
import { IntelligenceResolver } from './intelligence.resolver.js';
import { IntelligenceService } from './intelligence.service.js';
import { OcgIntelligenceResolver } from './ocg-intelligence.resolver.js';

@Module({ providers: [IntelligenceService, IntelligenceResolver, OcgIntelligenceResolver] })
export class IntelligenceModule {}
