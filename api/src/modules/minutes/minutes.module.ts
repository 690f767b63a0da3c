import { Module } from '@nestjs/common';
import { DocumentResponder } from '../../core/http/document-response.js';
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
  providers: [MinutesService, PackService, PdfService, MinutesResolver, DocumentResponder],
  // One PdfService, so one Chromium, for every document the app prints; one way to answer a document route.
  exports: [MinutesService, PdfService, DocumentResponder],
})
export class MinutesModule {}
