import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { TaskStatus } from '@sentinel/shared';
import { TaskEntity } from './task.entity.js';

export type TaskUpdateKind = 'CREATED' | 'NOTE' | 'STATUS' | 'REALLOCATED' | 'EDITED';

/** One entry of a task's timeline; `previous` holds the task's fields as they were before the change. */
@Entity('task_update')
@Index('IDX_task_update_task', ['taskId', 'createdAt'])
@Check('CHK_task_update_kind', `"kind" IN ('CREATED','NOTE','STATUS','REALLOCATED','EDITED')`)
export class TaskUpdateEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_task_update' })
  id: string;

  @Column({ name: 'task_id', type: 'uuid' })
  @ForeignKey(() => TaskEntity, { name: 'FK_task_update_task', onDelete: 'CASCADE' })
  taskId: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  panelId: string;

  @Column({ type: 'character varying', length: 20 })
  kind: TaskUpdateKind;

  @Column({ type: 'character varying', length: 4000, nullable: true })
  text: string | null;

  @Column({ name: 'from_status', type: 'character varying', length: 20, nullable: true })
  fromStatus: TaskStatus | null;

  @Column({ name: 'to_status', type: 'character varying', length: 20, nullable: true })
  toStatus: TaskStatus | null;

  @Column({ type: 'jsonb', nullable: true })
  previous: Record<string, unknown> | null;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId: string | null;

  @Column({ name: 'author_agency_id', type: 'uuid', nullable: true })
  authorAgencyId: string | null;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;
}
