import { Args, Context, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { PERMISSIONS } from '@sentinel/shared';
import type { RequestContext } from '../../core/access/request-context.js';
import { RequirePermission } from '../../core/access/require-permission.decorator.js';
import { UuidPipe } from '../../core/graphql/uuid.pipe.js';
import { TaskBoardService } from './task-board.service.js';
import { TaskEventsService } from './task-events.service.js';
import { TaskWorkflowService } from './task-workflow.service.js';
import { AddTaskUpdateInput, AllocateTaskInput, EditTaskInput, TasksArgs } from './task.inputs.js';
import { TaskBoardObject, TaskObject, TaskPageObject } from './task.objects.js';
import { TasksService } from './tasks.service.js';

@Resolver(() => TaskObject)
export class TasksResolver {
  constructor(
    private readonly service: TasksService,
    private readonly workflow: TaskWorkflowService,
    private readonly boards: TaskBoardService,
    private readonly events: TaskEventsService,
  ) {}

  @Query(() => TaskPageObject, { description: 'Tasks the viewer may see: the panel’s, or their own agency’s' })
  @RequirePermission(PERMISSIONS.TASK_READ)
  tasks(@Context() ctx: RequestContext, @Args() args: TasksArgs): Promise<TaskPageObject> {
    return this.service.list(ctx, args);
  }

  @Query(() => TaskObject)
  @RequirePermission(PERMISSIONS.TASK_READ)
  task(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<TaskObject> {
    return this.service.get(ctx, id);
  }

  @Query(() => TaskBoardObject, { description: 'The panel’s tasks by agency, status and group' })
  @RequirePermission(PERMISSIONS.TASK_READ_ALL)
  taskBoard(@Context() ctx: RequestContext, @Args('panelId', { type: () => ID }, UuidPipe) panelId: string): Promise<TaskBoardObject> {
    return this.boards.board(ctx, panelId);
  }

  @Mutation(() => TaskObject, { description: 'Allocates a task to the agency best placed to act' })
  @RequirePermission(PERMISSIONS.TASK_MANAGE)
  allocateTask(@Context() ctx: RequestContext, @Args('input') input: AllocateTaskInput): Promise<TaskObject> {
    return this.workflow.allocate(ctx, input);
  }

  @Mutation(() => TaskObject, { description: 'Edits, reallocates or changes the due date of a task' })
  @RequirePermission(PERMISSIONS.TASK_MANAGE)
  editTask(@Context() ctx: RequestContext, @Args('input') input: EditTaskInput): Promise<TaskObject> {
    return this.workflow.edit(ctx, input);
  }

  @Mutation(() => TaskObject, { description: 'Posts an update on a task, changing its status if asked' })
  @RequirePermission(PERMISSIONS.TASK_READ)
  addTaskUpdate(@Context() ctx: RequestContext, @Args('input') input: AddTaskUpdateInput): Promise<TaskObject> {
    return this.workflow.addUpdate(ctx, input);
  }

  @Subscription(() => TaskObject, { description: 'A task the viewer may see was allocated, updated or changed status' })
  @RequirePermission(PERMISSIONS.TASK_READ)
  taskChanged(
    @Context() ctx: RequestContext,
    @Args('panelId', { type: () => ID }, UuidPipe) panelId: string,
  ): AsyncIterableIterator<{ taskChanged: TaskObject }> {
    return this.events.watch(ctx, panelId);
  }
}
