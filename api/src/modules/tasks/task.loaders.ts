import { defineLoader, groupBy } from '../../core/graphql/loaders.js';
import { TaskUpdateEntity } from './task-update.entity.js';

/** Each task's timeline, oldest first. */
export const UPDATES_BY_TASK = defineLoader<string, TaskUpdateEntity[]>('updatesByTask', async (ds, taskIds) => {
  const rows = await ds
    .getRepository(TaskUpdateEntity)
    .createQueryBuilder('u')
    .where('u.task_id = ANY(:ids)', { ids: taskIds })
    .orderBy('u.created_at', 'ASC')
    .addOrderBy('u.id')
    .getMany();
  return groupBy(taskIds, rows, (r) => r.taskId);
});
