import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MeetingMode, MeetingStatus } from '@sentinel/shared';
import { PanelEntity } from '../panels/panel.entity.js';
import { MeetingSeriesEntity } from './meeting-series.entity.js';

@Entity('meeting')
@Index('IDX_meeting_panel_start', ['panelId', 'startsAt'])
@Check('CHK_meeting_mode', `"mode" IN ('TEAMS','IN_PERSON')`)
@Check('CHK_meeting_status', `"status" IN ('PLANNED','AGENDA_PUBLISHED','IN_PROGRESS','MINUTES_DRAFT','MINUTES_APPROVED','CANCELLED')`)
@Check('CHK_meeting_times', `"ends_at" > "starts_at"`)
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_meeting' })
  id: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  @ForeignKey(() => PanelEntity, { name: 'FK_meeting_panel' })
  panelId: string;

  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  @ForeignKey(() => MeetingSeriesEntity, { name: 'FK_meeting_series' })
  seriesId: string | null;

  @Column({ type: 'character varying', length: 200 })
  title: string;

  @Column({ name: 'starts_at', type: 'timestamp with time zone' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamp with time zone' })
  endsAt: Date;

  @Column({ type: 'character varying', length: 10 })
  mode: MeetingMode;

  @Column({ name: 'teams_url', type: 'character varying', length: 500, nullable: true })
  teamsUrl: string | null;

  @Column({ type: 'character varying', length: 300, nullable: true })
  location: string | null;

  @Column({ type: 'character varying', length: 20, default: 'PLANNED' })
  status: MeetingStatus;

  @Column({ name: 'current_item_id', type: 'uuid', nullable: true })
  // Named, not imported: agenda_item.meeting_id points back here, and the files would import each other.
  @ForeignKey('AgendaItemEntity', { name: 'FK_meeting_current_item', onDelete: 'SET NULL' })
  currentItemId: string | null;

  @Column({ name: 'current_item_started_at', type: 'timestamp with time zone', nullable: true })
  currentItemStartedAt: Date | null;

  @Column({ name: 'agenda_published_at', type: 'timestamp with time zone', nullable: true })
  agendaPublishedAt: Date | null;

  @Column({ name: 'opened_at', type: 'timestamp with time zone', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamp with time zone', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
