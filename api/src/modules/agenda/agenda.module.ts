import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { TasksModule } from '../tasks/tasks.module.js';
import { AgendaEditingService } from './agenda-editing.service.js';
import { AgendaItemFieldsResolver, MeetingLiveFieldsResolver } from './agenda-fields.resolver.js';
import { AgendaPublishingService } from './agenda-publishing.service.js';
import { AgendaSeedingService } from './agenda-seeding.service.js';
import { AgendaResolver } from './agenda.resolver.js';
import { AgendaService } from './agenda.service.js';
import { LiveEventsService } from './live-events.service.js';
import { LiveMeetingResolver } from './live-meeting.resolver.js';
import { LiveMeetingService } from './live-meeting.service.js';

@Module({
  imports: [MeetingsModule, TasksModule],
  providers: [
    AgendaService,
    AgendaSeedingService,
    AgendaEditingService,
    AgendaPublishingService,
    LiveEventsService,
    LiveMeetingService,
    AgendaResolver,
    LiveMeetingResolver,
    AgendaItemFieldsResolver,
    MeetingLiveFieldsResolver,
  ],
  exports: [AgendaService],
})
export class AgendaModule {}
