import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CrimeType, EmergingThreatStatus } from '@sentinel/shared';
import { PanelEntity } from '../panels/panel.entity.js';

/** A new threat or trend a member raised between meetings. */
@Entity('emerging_threat')
@Index('IDX_emerging_threat_panel', ['panelId', 'status'])
@Index('IDX_emerging_threat_title_trgm', { synchronize: false })
@Check('CHK_emerging_threat_status', `"status" IN ('RAISED','ON_AGENDA','DISCUSSED','TASKED','NO_ACTION')`)
export class EmergingThreatEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_emerging_threat' })
  id: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  @ForeignKey(() => PanelEntity, { name: 'FK_emerging_threat_panel' })
  panelId: string;

  @Column({ type: 'character varying', length: 200 })
  title: string;

  @Column({ type: 'character varying', length: 4000 })
  description: string;

  @Column({ name: 'crime_type', type: 'character varying', length: 40, nullable: true })
  crimeType: CrimeType | null;

  @Column({ type: 'character varying', length: 100, nullable: true })
  area: string | null;

  @Column({ type: 'character varying', length: 20, default: 'RAISED' })
  status: EmergingThreatStatus;

  @Column({ name: 'raised_by', type: 'uuid', nullable: true })
  raisedBy: string | null;

  @Column({ name: 'raised_by_agency_id', type: 'uuid', nullable: true })
  raisedByAgencyId: string | null;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
