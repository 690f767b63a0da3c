import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { FIELD_COST } from '../../core/graphql/query-shape.js';
import { LimitRunning } from '../../core/limits/expensive-work.js';
import { RateLimit } from '../../core/limits/rate-limit.guard.js';
import { ExportFileObject } from '../records-io/export-file.object.js';
import { ExportTasksArgs } from './task-export.args.js';
import { TaskExportService } from './task-export.service.js';

/** A mutation, as the other exports are: the file should not sit in a client's query cache. */
@Resolver()
export class TaskExportResolver {
  constructor(private readonly exports: TaskExportService) {}

  @Mutation(() => ExportFileObject, {
    description: 'The tasks the `tasks` list shows the viewer for the same filter, every page of it, as a CSV or Excel file',
    complexity: FIELD_COST.file,
  })
  @RequirePermission(PERMISSIONS.TASK_EXPORT)
  @RateLimit('export')
  @LimitRunning('EXPORT')
  exportTasks(@Context() ctx: RequestContext, @Args() args: ExportTasksArgs): Promise<ExportFileObject> {
    return this.exports.export(ctx, args);
  }
}
