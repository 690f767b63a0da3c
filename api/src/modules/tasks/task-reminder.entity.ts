import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import type { ReminderKind } from '@sentinel/shared';
import { TaskEntity } from './task.entity.js';

/** A reminder that was sent; its key makes each reminder go once, whatever restarts or processes. */
@Entity('task_reminder')
@Check('CHK_task_reminder_kind', `"kind" IN ('DUE_IN_7_DAYS','DUE_IN_1_DAY','OVERDUE')`)
export class TaskReminderEntity {
  @PrimaryColumn({ name: 'task_id', type: 'uuid', primaryKeyConstraintName: 'PK_task_reminder' })
  @ForeignKey(() => TaskEntity, { name: 'FK_task_reminder_task', onDelete: 'CASCADE' })
  taskId: string;

  @PrimaryColumn({ type: 'character varying', length: 20, primaryKeyConstraintName: 'PK_task_reminder' })
  kind: ReminderKind;

  @PrimaryColumn({ name: 'due_on', type: 'date', primaryKeyConstraintName: 'PK_task_reminder' })
  dueOn: string;

  @Column({ name: 'sent_at', type: 'timestamp with time zone', default: () => 'now()' })
  sentAt: Date;

  @Column({ type: 'integer', default: 0 })
  recipients: number;
}
