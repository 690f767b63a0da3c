import { Module } from '@nestjs/common';
import { DisruptionsModule } from '../disruptions/disruptions.module.js';
import { OcgTasksResolver } from './ocg-tasks.resolver.js';
import { TaskBoardService } from './task-board.service.js';
import { TaskEventsService } from './task-events.service.js';
import { TaskExportResolver } from './task-export.resolver.js';
import { TaskExportService } from './task-export.service.js';
import { TaskFieldsResolver, TaskUpdateFieldsResolver } from './task-fields.resolver.js';
import { TaskWorkflowService } from './task-workflow.service.js';
import { TasksResolver } from './tasks.resolver.js';
import { TasksService } from './tasks.service.js';

@Module({
  imports: [DisruptionsModule],
  providers: [
    TasksResolver,
    TaskFieldsResolver,
    TaskUpdateFieldsResolver,
    TasksService,
    TaskWorkflowService,
    TaskBoardService,
    TaskEventsService,
    TaskExportService,
    TaskExportResolver,
    OcgTasksResolver,
  ],
  exports: [TasksService, TaskWorkflowService],
})
export class TasksModule {}
