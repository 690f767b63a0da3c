import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings/meetings.module.js';
import { EmergingThreatsResolver } from './emerging-threats.resolver.js';
import { EmergingThreatsService } from './emerging-threats.service.js';

@Module({
  imports: [MeetingsModule],
  providers: [EmergingThreatsResolver, EmergingThreatsService],
  exports: [EmergingThreatsService],
})
export class EmergingThreatsModule {}
