import { Module } from '@nestjs/common';
import { AttendanceFiguresService } from './attendance-figures.service.js';
import { MeetingAttendanceResolver } from './meeting-attendance.resolver.js';
import { MeetingAttendanceService } from './meeting-attendance.service.js';
import { MeetingCalendarResolver } from './meeting-calendar.resolver.js';
import { MeetingCalendarService } from './meeting-calendar.service.js';
import { MeetingScheduleService } from './meeting-schedule.service.js';
import { MeetingsJobs } from './meetings.jobs.js';
import { MeetingsResolver } from './meetings.resolver.js';
import { MeetingsService } from './meetings.service.js';

@Module({
  providers: [
    MeetingsResolver,
    MeetingsService,
    MeetingScheduleService,
    MeetingCalendarService,
    MeetingCalendarResolver,
    MeetingAttendanceService,
    AttendanceFiguresService,
    MeetingAttendanceResolver,
    MeetingsJobs,
  ],
  exports: [MeetingsService, MeetingAttendanceService],
})
export class MeetingsModule {}
