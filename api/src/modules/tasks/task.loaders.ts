import { leanEntities } from '../../core/database/prepared-query.js';
import { defineLoader, groupBy } from '../../core/graphql/loaders.js';
import { TaskUpdateEntity } from './task-update.entity.js';

/** Each task's timeline, oldest first. */
export const UPDATES_BY_TASK = defineLoader<string, TaskUpdateEntity[]>('updatesByTask', async (ds, taskIds) => {
  const rows = await leanEntities(ds, TaskUpdateEntity, {
    where: 'e.task_id = ANY(:ids)',
    params: { ids: [...taskIds] },
    rest: 'ORDER BY e.created_at, e.id',
  });
  return groupBy(taskIds, rows, (r) => r.taskId);
});
