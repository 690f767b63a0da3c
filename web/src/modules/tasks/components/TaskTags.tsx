import { TASK_STATUS_LABELS, type TaskStatus } from '@sentinel/shared';
import { Tag } from '../../../ui/Tag';
import { TASK_STATUS_COLOURS } from '../utils/task-status';

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  return <Tag colour={TASK_STATUS_COLOURS[status]}>{TASK_STATUS_LABELS[status]}</Tag>;
}

export function OverdueTag() {
  return <Tag colour="red">Overdue</Tag>;
}
