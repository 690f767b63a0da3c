import { Injectable } from '@nestjs/common';
import { withFilter } from 'graphql-subscriptions';
import { PERMISSIONS } from '@sentinel/shared';
import { AccessService } from '../../core/access/access.service.js';
import type { RequestContext } from '../../core/access/request-context.js';
import { EventsService } from '../../core/events/events.service.js';
import { seesTask } from './task-access.js';
import type { TaskObject } from './task.objects.js';

const TASK_CHANGED = 'task-changed';

/**
 * Live task changes. Events go to the panel's topic; each subscriber's stream is filtered on the server with
 * the same visibility rule as the queries, so no one is sent an event about a task they may not see.
 */
@Injectable()
export class TaskEventsService {
  constructor(
    private readonly events: EventsService,
    private readonly access: AccessService,
  ) {}

  publish(task: TaskObject): Promise<void> {
    return this.events.publish(TASK_CHANGED, task.panelId, { taskChanged: task });
  }

  watch(ctx: RequestContext, panelId: string): AsyncIterableIterator<{ taskChanged: TaskObject }> {
    this.access.requirePanel(ctx, panelId, PERMISSIONS.TASK_READ);
    const filtered = withFilter(
      () => this.events.subscribe<{ taskChanged: TaskObject }>(TASK_CHANGED, panelId),
      (payload?: { taskChanged: TaskObject }) => Boolean(payload && seesTask(this.access, ctx, payload.taskChanged)),
    );
    return filtered(undefined, {}, ctx, undefined as never) as AsyncIterableIterator<{ taskChanged: TaskObject }>;
  }
}
