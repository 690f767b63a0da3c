import { Module } from '@nestjs/common';
import { AssessmentsResolver } from './assessments.resolver.js';
import { AssessmentsService } from './assessments.service.js';
import { ProjectorService } from './projector.service.js';

/** The six-monthly assessment, and the meeting-room projector screen that shares its audience. */
@Module({ providers: [AssessmentsResolver, AssessmentsService, ProjectorService] })
export class AssessmentsModule {}
