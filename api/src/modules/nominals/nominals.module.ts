import { Module } from '@nestjs/common';
import { OcgsModule } from '../ocgs/ocgs.module.js';
import { NominalsResolver } from './nominals.resolver.js';
import { NominalsService } from './nominals.service.js';

@Module({ imports: [OcgsModule], providers: [NominalsResolver, NominalsService], exports: [NominalsService] })
export class NominalsModule {}
