import { Check, Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { MinutesStatus } from '@sentinel/shared';
import { MeetingEntity } from './meeting.entity.js';

/** One version of a meeting's minutes. Approved versions are locked by a trigger; corrections add a version. */
@Entity('meeting_minutes')
@Unique('UQ_meeting_minutes_number', ['meetingId', 'number'])
@Check('CHK_meeting_minutes_status', `"status" IN ('DRAFT','APPROVED')`)
@Check('CHK_meeting_minutes_correction', `"number" = 1 OR "correction_reason" IS NOT NULL`)
export class MeetingMinutesEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_meeting_minutes' })
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  @ForeignKey(() => MeetingEntity, { name: 'FK_meeting_minutes_meeting', onDelete: 'CASCADE' })
  meetingId: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  panelId: string;

  @Column({ type: 'smallint' })
  number: number;

  @Column({ type: 'character varying', length: 10, default: 'DRAFT' })
  status: MinutesStatus;

  /** The minutes by agenda item: title, restriction, notes and decisions (sanitised HTML), tasks raised. */
  @Column({ type: 'jsonb' })
  content: Record<string, unknown>;

  @Column({ name: 'correction_reason', type: 'character varying', length: 1000, nullable: true })
  correctionReason: string | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy: string | null;

  @Column({ name: 'approved_at', type: 'timestamp with time zone', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
