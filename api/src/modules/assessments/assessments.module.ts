import { Module } from '@nestjs/common';
import { MinutesModule } from '../minutes/minutes.module.js';
import { AssessmentDocumentService } from './assessment-document.service.js';
import { AssessmentsController } from './assessments.controller.js';
import { AssessmentsResolver } from './assessments.resolver.js';
import { AssessmentsService } from './assessments.service.js';
import { ProjectorService } from './projector.service.js';

/**
 * The six-monthly assessment and its PDF (printed by the minutes module's PdfService: one browser), and the
 * meeting-room projector screen that shares its audience.
 */
@Module({
  imports: [MinutesModule],
  controllers: [AssessmentsController],
  providers: [AssessmentsResolver, AssessmentsService, AssessmentDocumentService, ProjectorService],
})
export class AssessmentsModule {}
