import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { FourPStrand, GscMarking, NotDoneCause, TaskPriority, TaskStatus } from '@sentinel/shared';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { DisruptionEntity } from '../disruptions/disruption.entity.js';
import { AgendaItemEntity } from '../meetings/agenda-item.entity.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { UserEntity } from '../members/user.entity.js';
import { NominalEntity } from '../nominals/nominal.entity.js';
import { OcgEntity } from '../ocgs/ocg.entity.js';
import { PanelEntity } from '../panels/panel.entity.js';
import { ReferralEntity } from '../referrals/referral.entity.js';

/** Something the panel allocated to an agency, tracked to completion between meetings. */
@Entity('task')
@Unique('UQ_task_panel_reference', ['panelId', 'reference'])
@Index('IDX_task_panel_status_due', ['panelId', 'status', 'dueOn'])
@Index('IDX_task_agency_status', ['agencyId', 'status'])
@Index('IDX_task_ocg', ['ocgId'])
@Index('IDX_task_owner', ['ownerUserId'])
@Index('IDX_task_meeting', ['meetingId'])
@Index('IDX_task_open_due', { synchronize: false })
@Index('IDX_task_text_trgm', { synchronize: false })
@Check('CHK_task_status', `"status" IN ('OPEN','IN_PROGRESS','BLOCKED','COMPLETED','NOT_DONE')`)
@Check('CHK_task_priority', `"priority" IN ('HIGH','MEDIUM','LOW')`)
@Check('CHK_task_strand', `"strand" IS NULL OR "strand" IN ('PURSUE','PREVENT','PROTECT','PREPARE')`)
@Check('CHK_task_gsc', `"gsc_marking" IN ('OFFICIAL','OFFICIAL_SENSITIVE')`)
@Check('CHK_task_blocked', `"status" <> 'BLOCKED' OR "blocked_reason" IS NOT NULL`)
@Check('CHK_task_not_done', `"status" <> 'NOT_DONE' OR "not_done_cause" IN ('CIRCUMSTANCES_CHANGED','AGENCY_DID_NOT_ACT')`)
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_task' })
  id: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  @ForeignKey(() => PanelEntity, { name: 'FK_task_panel' })
  panelId: string;

  @Column({ type: 'character varying', length: 20 })
  reference: string;

  @Column({ type: 'character varying', length: 200 })
  title: string;

  @Column({ type: 'character varying', length: 4000, nullable: true })
  description: string | null;

  @Column({ name: 'agency_id', type: 'uuid' })
  @ForeignKey(() => AgencyEntity, { name: 'FK_task_agency' })
  agencyId: string;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  @ForeignKey(() => UserEntity, { name: 'FK_task_owner' })
  ownerUserId: string | null;

  @Column({ name: 'ocg_id', type: 'uuid', nullable: true })
  @ForeignKey(() => OcgEntity, { name: 'FK_task_ocg' })
  ocgId: string | null;

  @Column({ name: 'nominal_id', type: 'uuid', nullable: true })
  @ForeignKey(() => NominalEntity, { name: 'FK_task_nominal' })
  nominalId: string | null;

  @Column({ name: 'referral_id', type: 'uuid', nullable: true })
  @ForeignKey(() => ReferralEntity, { name: 'FK_task_referral' })
  referralId: string | null;

  /** The meeting and agenda item the task was raised at. */
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  @ForeignKey(() => MeetingEntity, { name: 'FK_task_meeting' })
  meetingId: string | null;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  @ForeignKey(() => AgendaItemEntity, { name: 'FK_task_agenda_item', onDelete: 'SET NULL' })
  agendaItemId: string | null;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'character varying', length: 10, default: 'MEDIUM' })
  priority: TaskPriority;

  @Column({ type: 'character varying', length: 10, nullable: true })
  strand: FourPStrand | null;

  @Column({ name: 'gsc_marking', type: 'character varying', length: 20, default: 'OFFICIAL_SENSITIVE' })
  gscMarking: GscMarking;

  @Column({ type: 'character varying', length: 20, default: 'OPEN' })
  status: TaskStatus;

  @Column({ name: 'blocked_reason', type: 'character varying', length: 1000, nullable: true })
  blockedReason: string | null;

  @Column({ name: 'not_done_cause', type: 'character varying', length: 30, nullable: true })
  notDoneCause: NotDoneCause | null;

  @Column({ name: 'closing_note', type: 'character varying', length: 2000, nullable: true })
  closingNote: string | null;

  @Column({ name: 'closed_at', type: 'timestamp with time zone', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'disruption_id', type: 'uuid', nullable: true })
  @ForeignKey(() => DisruptionEntity, { name: 'FK_task_disruption' })
  disruptionId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
