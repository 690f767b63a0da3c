import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AgencyKind, TacticHeading } from '@sentinel/shared';
import { PanelEntity } from '../panels/panel.entity.js';

@Entity('agency')
@Index('UQ_agency_panel_name', { synchronize: false })
@Check(
  'CHK_agency_kind',
  `"kind" IN ('POLICE_UNIT','LOCAL_AUTHORITY_SERVICE','GOVERNMENT_DEPARTMENT','REGULATOR','EMERGENCY_SERVICE','PRISON_AND_PROBATION','VOLUNTARY_SECTOR','OTHER')`,
)
@Check('CHK_agency_tactics', `"tactic_headings" <@ ARRAY['LIFESTYLE','BEHAVIOUR','VEHICLES','TRAVEL','BUSINESS','CRIME']::text[]`)
@Check('CHK_agency_isa_dates', `"isa_expires_on" IS NULL OR "isa_signed_on" IS NULL OR "isa_expires_on" >= "isa_signed_on"`)
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_agency' })
  id: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  @ForeignKey(() => PanelEntity, { name: 'FK_agency_panel' })
  panelId: string;

  @Column({ type: 'character varying', length: 200 })
  name: string;

  @Column({ type: 'character varying', length: 40 })
  kind: AgencyKind;

  @Column({ name: 'tactic_headings', type: 'text', array: true, default: () => "'{}'" })
  tacticHeadings: TacticHeading[];

  @Column({ name: 'isa_reference', type: 'character varying', length: 100, nullable: true })
  isaReference: string | null;

  @Column({ name: 'isa_signed_on', type: 'date', nullable: true })
  isaSignedOn: string | null;

  @Column({ name: 'isa_expires_on', type: 'date', nullable: true })
  isaExpiresOn: string | null;

  @Column({ name: 'isa_covers_personal_data', type: 'boolean', default: false })
  isaCoversPersonalData: boolean;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
