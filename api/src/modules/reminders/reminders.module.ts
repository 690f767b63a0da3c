import { Module } from '@nestjs/common';
import { ReminderPreferenceService } from './reminder-preference.service.js';
import { RemindersJobs } from './reminders.jobs.js';
import { RemindersResolver } from './reminders.resolver.js';
import { RemindersService } from './reminders.service.js';

@Module({
  providers: [RemindersService, ReminderPreferenceService, RemindersResolver, RemindersJobs],
  exports: [RemindersService],
})
export class RemindersModule {}
