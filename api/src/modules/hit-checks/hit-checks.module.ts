import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { HitChecksResolver } from './hit-checks.resolver.js';
import { HitChecksService } from './hit-checks.service.js';

/** Hit/no-hit before a meeting: subjects circulated by reference, each agency's answer, details between those that hold something. */
@Module({ imports: [MeetingsModule], providers: [HitChecksResolver, HitChecksService] })
export class HitChecksModule {}
