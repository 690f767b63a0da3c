import { Module } from '@nestjs/common';
import { AgendaModule } from '../agenda/agenda.module.js';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { MinutesController } from './minutes.controller.js';
import { MinutesResolver } from './minutes.resolver.js';
import { MinutesService } from './minutes.service.js';
import { PackService } from './pack.service.js';
import { PdfService } from './pdf.service.js';

/** Minutes (versions, approval, corrections), the per-agency agenda pack and the minutes files. */
@Module({
  imports: [MeetingsModule, AgendaModule],
  controllers: [MinutesController],
  providers: [MinutesService, PackService, PdfService, MinutesResolver],
  // One PdfService, so one Chromium, for every document the app prints.
  exports: [MinutesService, PdfService],
})
export class MinutesModule {}
