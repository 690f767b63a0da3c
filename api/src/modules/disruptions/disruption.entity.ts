import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DisruptionImpact, FourPStrand, GscMarking, TacticHeading } from '@sentinel/shared';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { OcgEntity } from '../ocgs/ocg.entity.js';

export interface DrugSeizure {
  type: string;
  kg: number;
}

/** One entry of the disruption ledger: what an agency did to a group, its impact and its measurable outcomes. */
@Entity('disruption')
@Index('IDX_disruption_panel_date', ['panelId', 'occurredOn'])
@Index('IDX_disruption_ocg', ['ocgId', 'occurredOn'])
@Check('CHK_disruption_strand', `"strand" IN ('PURSUE','PREVENT','PROTECT','PREPARE')`)
@Check('CHK_disruption_tactic', `"tactic_heading" IN (...)`)
@Check('CHK_disruption_impact', `"impact" IN ('MAJOR','MODERATE','MINOR','NONE','NEGATIVE')`)
@Check('CHK_disruption_counts', `counts >= 0`)
@Check('CHK_disruption_gsc', `"gsc_marking" IN ('OFFICIAL','OFFICIAL_SENSITIVE')`)
export class DisruptionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_disruption' })
  id: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  panelId: string;

  @Column({ name: 'ocg_id', type: 'uuid' })
  @ForeignKey(() => OcgEntity, { name: 'FK_disruption_ocg' })
  ocgId: string;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  @ForeignKey(() => AgencyEntity, { name: 'FK_disruption_agency' })
  agencyId: string;

  @Column({ type: 'character varying', length: 10 })
  strand: FourPStrand;

  @Column({ name: 'tactic_heading', type: 'character varying', length: 20 })
  tacticHeading: TacticHeading;

  @Column({ type: 'character varying', length: 2000 })
  description: string;

  @Column({ type: 'character varying', length: 10 })
  impact: DisruptionImpact;

  @Column({ type: 'character varying', length: 2000 })
  rationale: string;

  @Column({ type: 'integer', default: 0 })
  arrests: number;

  @Column({ type: 'integer', default: 0 })
  charges: number;

  @Column({ type: 'integer', default: 0 })
  firearms: number;

  @Column({ type: 'integer', default: 0 })
  rounds: number;

  @Column({ name: 'vehicles_seized', type: 'integer', default: 0 })
  vehiclesSeized: number;

  @Column({ name: 'children_safeguarded', type: 'integer', default: 0 })
  childrenSafeguarded: number;

  @Column({ name: 'adults_safeguarded', type: 'integer', default: 0 })
  adultsSafeguarded: number;

  @Column({ name: 'restraint_orders', type: 'integer', default: 0 })
  restraintOrders: number;

  @Column({ name: 'licences_reviewed', type: 'integer', default: 0 })
  licencesReviewed: number;

  @Column({ name: 'licences_revoked', type: 'integer', default: 0 })
  licencesRevoked: number;

  @Column({ name: 'benefit_actions', type: 'integer', default: 0 })
  benefitActions: number;

  @Column({ name: 'tax_actions', type: 'integer', default: 0 })
  taxActions: number;

  @Column({ name: 'premises_closed', type: 'integer', default: 0 })
  premisesClosed: number;

  @Column({ name: 'custodial_years', type: 'numeric', precision: 7, scale: 2, default: 0 })
  custodialYears: string;

  @Column({ name: 'cash_seized_gbp', type: 'numeric', precision: 14, scale: 2, default: 0 })
  cashSeizedGbp: string;

  @Column({ name: 'drugs_seized', type: 'jsonb', default: () => "'[]'" })
  drugsSeized: DrugSeizure[];

  @Column({ name: 'gsc_marking', type: 'character varying', length: 20, default: 'OFFICIAL_SENSITIVE' })
  gscMarking: GscMarking;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
