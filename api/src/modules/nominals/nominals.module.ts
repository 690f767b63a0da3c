import { Module } from '@nestjs/common';
import { NominalsResolver } from './nominals.resolver.js';
import { NominalsService } from './nominals.service.js';

@Module({ providers: [NominalsResolver, NominalsService], exports: [NominalsService] })
export class NominalsModule {}
