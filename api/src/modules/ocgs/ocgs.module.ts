import { Module } from '@nestjs/common';
import { OcgScoringService } from './ocg-scoring.service.js';
import { OcgsResolver } from './ocgs.resolver.js';
import { OcgsService } from './ocgs.service.js';

@Module({ providers: [OcgsResolver, OcgsService, OcgScoringService], exports: [OcgsService] })
export class OcgsModule {}
