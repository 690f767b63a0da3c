import { Check, Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { MeetingMode } from '@sentinel/shared';
import { PanelEntity } from '../panels/panel.entity.js';

/** The panel's meeting series: an RFC 5545 rule read in Europe/London wall-clock time. */
@Entity('meeting_series')
@Unique('UQ_meeting_series_panel', ['panelId'])
@Check('CHK_meeting_series_mode', `"first_mode" IN ('TEAMS','IN_PERSON')`)
@Check('CHK_meeting_series_duration', `"duration_minutes" BETWEEN 15 AND 480`)
@Check('CHK_meeting_series_time', `"start_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
export class MeetingSeriesEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_meeting_series' })
  id: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  @ForeignKey(() => PanelEntity, { name: 'FK_meeting_series_panel' })
  panelId: string;

  /** e.g. FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU (second Tuesday, every other month). */
  @Column({ type: 'character varying', length: 200 })
  rule: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  /** HH:MM, Europe/London. */
  @Column({ name: 'start_time', type: 'character varying', length: 5 })
  startTime: string;

  @Column({ name: 'duration_minutes', type: 'smallint', default: 120 })
  durationMinutes: number;

  /** The first meeting's mode; the series then alternates. */
  @Column({ name: 'first_mode', type: 'character varying', length: 10, default: 'TEAMS' })
  firstMode: MeetingMode;

  @Column({ name: 'teams_url', type: 'character varying', length: 500, nullable: true })
  teamsUrl: string | null;

  @Column({ type: 'character varying', length: 300, nullable: true })
  location: string | null;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
