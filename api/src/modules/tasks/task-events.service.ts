import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly access: AccessService,
  ) {}

  publish(task: TaskObject): Promise<void> {
    return this.events.publish(TASK_CHANGED, task.panelId, { taskChanged: task });
  }

  watch(ctx: RequestContext, panelId: string): AsyncIterableIterator<{ taskChanged: TaskObject }> {
    this.access.requirePanel(ctx, panelId, PERMISSIONS.TASK_READ);
    return this.events.subscribe<{ taskChanged: TaskObject }>(TASK_CHANGED, panelId, (payload) => this.sees(ctx, payload.taskChanged));
  }

  /** The task rule for one event; the item a task was raised at is read only for such tasks. */
  private sees(ctx: RequestContext, task: TaskObject): boolean | Promise<boolean> {
    if (!task.agendaItemId) return seesTask(this.access, ctx, task);
    return this.seesRaisedAt(ctx, task, task.agendaItemId);
  }

  private async seesRaisedAt(ctx: RequestContext, task: TaskObject, agendaItemId: string): Promise<boolean> {
    const items: { panel_id: string; restricted_to: string[] }[] = await this.dataSource.query(
      `SELECT panel_id, restricted_to FROM agenda_item WHERE id = $1`,
      [agendaItemId],
    );
    const item = items[0];
    return Boolean(item) && seesTask(this.access, ctx, task, { panelId: item.panel_id, restrictedTo: item.restricted_to });
  }
}
