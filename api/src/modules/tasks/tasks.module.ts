import { Module } from '@nestjs/common';
import { DisruptionsModule } from '../disruptions/disruptions.module.js';
import { TaskBoardService } from './task-board.service.js';
import { TaskEventsService } from './task-events.service.js';
import { TaskFieldsResolver, TaskUpdateFieldsResolver } from './task-fields.resolver.js';
import { TaskWorkflowService } from './task-workflow.service.js';
import { TasksResolver } from './tasks.resolver.js';
import { TasksService } from './tasks.service.js';

@Module({
  imports: [DisruptionsModule],
  providers: [TasksResolver, TaskFieldsResolver, TaskUpdateFieldsResolver, TasksService, TaskWorkflowService, TaskBoardService, TaskEventsService],
  exports: [TasksService, TaskWorkflowService],
})
export class TasksModule {}
