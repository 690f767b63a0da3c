import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AgendaItemKind } from '@sentinel/shared';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { UserEntity } from '../members/user.entity.js';
import { MeetingEntity } from './meeting.entity.js';

/** One item of a meeting's agenda; what was noted and decided under it live becomes the minutes. */
@Entity('agenda_item')
@Index('IDX_agenda_item_meeting', ['meetingId', 'position'])
@Check('CHK_agenda_item_kind', `"kind" IN (...)`)
@Check('CHK_agenda_item_minutes', `"minutes_allocated" BETWEEN 0 AND 240`)
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_agenda_item' })
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  @ForeignKey(() => MeetingEntity, { name: 'FK_agenda_item_meeting', onDelete: 'CASCADE' })
  meetingId: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  panelId: string;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'character varying', length: 30 })
  kind: AgendaItemKind;

  @Column({ type: 'character varying', length: 200 })
  title: string;

  @Column({ name: 'presenter_user_id', type: 'uuid', nullable: true })
  @ForeignKey(() => UserEntity, { name: 'FK_agenda_item_presenter' })
  presenterUserId: string | null;

  @Column({ name: 'presenter_agency_id', type: 'uuid', nullable: true })
  @ForeignKey(() => AgencyEntity, { name: 'FK_agenda_item_presenter_agency' })
  presenterAgencyId: string | null;

  @Column({ name: 'minutes_allocated', type: 'smallint', default: 5 })
  minutesAllocated: number;

  /** Agencies this item is restricted to; empty means everyone on the panel. */
  @Column({ name: 'restricted_to', type: 'uuid', array: true, default: () => "'{}'" })
  restrictedTo: string[];

  /** Minutes recorded under the item (sanitised HTML). */
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'text', nullable: true })
  decisions: string | null;

  @Column({ name: 'started_at', type: 'timestamp with time zone', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'ended_at', type: 'timestamp with time zone', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
