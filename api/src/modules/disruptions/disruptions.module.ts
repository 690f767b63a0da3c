import { Module } from '@nestjs/common';
import { DisruptionRecorder } from './disruption-recorder.service.js';
import { DisruptionsResolver } from './disruptions.resolver.js';
import { DisruptionsService } from './disruptions.service.js';
import { OcgDisruptionsResolver } from './ocg-disruptions.resolver.js';

/** Exports DisruptionRecorder so other modules can record a disruption inside their own transaction. */
@Module({
  providers: [DisruptionsService, DisruptionRecorder, DisruptionsResolver, OcgDisruptionsResolver],
  exports: [DisruptionRecorder],
})
export class DisruptionsModule {}
