import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { GscMarking } from '@sentinel/shared';
import { PanelEntity } from '../panels/panel.entity.js';

@Entity('nominal')
@Unique('UQ_nominal_panel_reference', ['panelId', 'reference'])
@Index('IDX_nominal_panel', ['panelId'])
@Index('IDX_nominal_name_trgm', { synchronize: false })
@Index('IDX_nominal_name_codes', { synchronize: false })
/** The review queue: panel and next review date, where one is set (partial; migration CreateRecordReviews). */
@Index('IDX_nominal_review', { synchronize: false })
@Check('CHK_nominal_gsc', `"gsc_marking" IN ('OFFICIAL','OFFICIAL_SENSITIVE')`)
export class NominalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_nominal' })
  id: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  @ForeignKey(() => PanelEntity, { name: 'FK_nominal_panel' })
  panelId: string;

  @Column({ type: 'character varying', length: 20 })
  reference: string;

  @Column({ type: 'character varying', length: 100 })
  surname: string;

  @Column({ type: 'character varying', length: 150, default: '' })
  forenames: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Column({ name: 'is_vulnerable', type: 'boolean', default: false })
  isVulnerable: boolean;

  @Column({ name: 'is_child', type: 'boolean', default: false })
  isChild: boolean;

  @Column({ name: 'risk_to_officers', type: 'boolean', default: false })
  riskToOfficers: boolean;

  @Column({ name: 'next_review_on', type: 'date', nullable: true })
  nextReviewOn: string | null;

  /** When it was archived after review (MoPI): kept, out of active use and out of the review queue. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ name: 'gsc_marking', type: 'character varying', length: 20, default: 'OFFICIAL_SENSITIVE' })
  gscMarking: GscMarking;

  /** Names and aliases, lower-case and accent-free, for trigram search. Sound-alike codes follow by trigger. */
  @Column({ name: 'name_search', type: 'text', default: '' })
  nameSearch: string;

  @Column({ name: 'name_codes', type: 'text', array: true, default: () => "'{}'", select: false })
  nameCodes: string[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
