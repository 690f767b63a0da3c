import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { CrimeType, GscMarking, OcgStatus } from '@sentinel/shared';
import { UserEntity } from '../members/user.entity.js';
import { PanelEntity } from '../panels/panel.entity.js';

@Entity('ocg')
@Unique('UQ_ocg_panel_reference', ['panelId', 'reference'])
@Index('IDX_ocg_panel_status', ['panelId', 'status'])
@Index('IDX_ocg_panel_score', ['panelId', 'scoreTotal'])
@Index('IDX_ocg_lro', ['lroUserId'])
@Index('IDX_ocg_crime_types', { synchronize: false })
@Index('IDX_ocg_areas', { synchronize: false })
@Index('IDX_ocg_name_trgm', { synchronize: false })
/** The review queue: panel and next review date, where one is set (partial; migration CreateRecordReviews). */
@Index('IDX_ocg_review', { synchronize: false })
@Check('CHK_ocg_status', `"status" IN ('EMERGING','ACTIVE','DORMANT','DISMANTLED','ARCHIVED')`)
@Check('CHK_ocg_crime_types', `"crime_types" <@ ARRAY[...]::text[]`)
@Check('CHK_ocg_gsc', `"gsc_marking" IN ('OFFICIAL','OFFICIAL_SENSITIVE')`)
export class OcgEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_ocg' })
  id: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  @ForeignKey(() => PanelEntity, { name: 'FK_ocg_panel' })
  panelId: string;

  @Column({ type: 'character varying', length: 20 })
  reference: string;

  @Column({ type: 'character varying', length: 200 })
  name: string;

  @Column({ type: 'character varying', length: 20, default: 'EMERGING' })
  status: OcgStatus;

  @Column({ name: 'crime_types', type: 'text', array: true, default: () => "'{}'" })
  crimeTypes: CrimeType[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  areas: string[];

  @Column({ type: 'character varying', length: 4000, nullable: true })
  summary: string | null;

  @Column({ name: 'lro_user_id', type: 'uuid', nullable: true })
  @ForeignKey(() => UserEntity, { name: 'FK_ocg_lro' })
  lroUserId: string | null;

  @Column({ name: 'sro_user_id', type: 'uuid', nullable: true })
  @ForeignKey(() => UserEntity, { name: 'FK_ocg_sro' })
  sroUserId: string | null;

  @Column({ name: 'date_mapped', type: 'date', nullable: true })
  dateMapped: string | null;

  @Column({ name: 'next_review_on', type: 'date', nullable: true })
  nextReviewOn: string | null;

  /** When it was archived after review (MoPI): kept, out of active use and out of the review queue. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ name: 'gsc_marking', type: 'character varying', length: 20, default: 'OFFICIAL_SENSITIVE' })
  gscMarking: GscMarking;

  @Column({ name: 'score_total', type: 'integer', nullable: true })
  scoreTotal: number | null;

  @Column({ type: 'character varying', length: 60, nullable: true })
  tier: string | null;

  @Column({ name: 'scored_at', type: 'timestamp with time zone', nullable: true })
  scoredAt: Date | null;

  @Column({ name: 'status_changed_at', type: 'timestamp with time zone', default: () => 'now()' })
  statusChangedAt: Date;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
