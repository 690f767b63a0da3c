import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ReferralStatus } from '@sentinel/shared';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { OcgEntity } from '../ocgs/ocg.entity.js';
import { PanelEntity } from '../panels/panel.entity.js';

export interface ReferredOffender {
  name: string;
  dateOfBirth?: string | null;
  description?: string | null;
}

@Entity('referral')
@Unique('UQ_referral_panel_reference', ['panelId', 'reference'])
@Index('IDX_referral_panel_status', ['panelId', 'status'])
@Index('IDX_referral_agency', ['fromAgencyId'])
@Index('IDX_referral_text_trgm', { synchronize: false })
@Check('CHK_referral_status', `"status" IN ('RECEIVED','UNDER_ASSESSMENT','ACCEPTED','DECLINED')`)
@Check('CHK_referral_crime_refs', `cardinality("crime_references") >= 1`)
@Check('CHK_referral_outcome', `outcome`)
export class ReferralEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_referral' })
  id: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  @ForeignKey(() => PanelEntity, { name: 'FK_referral_panel' })
  panelId: string;

  @Column({ type: 'character varying', length: 20 })
  reference: string;

  @Column({ name: 'from_agency_id', type: 'uuid' })
  @ForeignKey(() => AgencyEntity, { name: 'FK_referral_agency' })
  fromAgencyId: string;

  /** A retailer or other organisation referring through the agency. */
  @Column({ name: 'on_behalf_of', type: 'character varying', length: 200, nullable: true })
  onBehalfOf: string | null;

  @Column({ type: 'character varying', length: 4000 })
  summary: string;

  @Column({ name: 'crime_references', type: 'text', array: true })
  crimeReferences: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  offenders: ReferredOffender[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  vehicles: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  places: string[];

  @Column({ type: 'character varying', length: 20, default: 'RECEIVED' })
  status: ReferralStatus;

  @Column({ name: 'ocg_id', type: 'uuid', nullable: true })
  @ForeignKey(() => OcgEntity, { name: 'FK_referral_ocg' })
  ocgId: string | null;

  @Column({ name: 'decline_reason', type: 'character varying', length: 2000, nullable: true })
  declineReason: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamp with time zone', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
