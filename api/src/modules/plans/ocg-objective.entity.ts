import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { FourPStrand, TacticHeading } from '@sentinel/shared';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { OcgEntity } from '../ocgs/ocg.entity.js';

/** One objective of an OCG's 4P plan. */
@Entity('ocg_objective')
@Index('IDX_ocg_objective_ocg', ['ocgId'])
@Check('CHK_ocg_objective_strand', `"strand" IN ('PURSUE','PREVENT','PROTECT','PREPARE')`)
@Check('CHK_ocg_objective_tactics', `"tactic_headings" <@ ARRAY[...]::text[]`)
export class OcgObjectiveEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_ocg_objective' })
  id: string;

  @Column({ name: 'ocg_id', type: 'uuid' })
  @ForeignKey(() => OcgEntity, { name: 'FK_ocg_objective_ocg', onDelete: 'CASCADE' })
  ocgId: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  panelId: string;

  @Column({ type: 'character varying', length: 10 })
  strand: FourPStrand;

  @Column({ type: 'character varying', length: 1000 })
  objective: string;

  @Column({ name: 'owner_agency_id', type: 'uuid' })
  @ForeignKey(() => AgencyEntity, { name: 'FK_ocg_objective_agency' })
  ownerAgencyId: string;

  @Column({ name: 'tactic_headings', type: 'text', array: true, default: () => "'{}'" })
  tacticHeadings: TacticHeading[];

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
