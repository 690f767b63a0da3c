import { Module } from '@nestjs/common';
import { ContextFactory } from '../../core/graphql/context.factory.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { MinutesController } from './minutes.controller.js';
import { MinutesResolver } from './minutes.resolver.js';
import { MinutesService } from './minutes.service.js';
import { PackService } from './pack.service.js';
import { PdfService } from './pdf.service.js';

/** Minutes (versions, approval, corrections), the per-agency agenda pack and the minutes files. */
@Module({
  imports: [MeetingsModule],
  controllers: [MinutesController],
  // Its own ContextFactory (stateless): the app's one is not exported to feature modules.
  providers: [MinutesService, PackService, PdfService, MinutesResolver, ContextFactory],
  exports: [MinutesService],
})
export class MinutesModule {}
