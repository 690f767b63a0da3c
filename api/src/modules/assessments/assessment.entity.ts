import { Check, Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PanelEntity } from '../panels/panel.entity.js';

export type AssessmentStatus = 'DRAFT' | 'PUBLISHED';

/** One version of a six-monthly assessment. Published versions are never changed; a revision adds a version. */
@Entity('assessment')
@Unique('UQ_assessment_period_version', ['panelId', 'periodFrom', 'periodTo', 'version'])
@Check('CHK_assessment_status', `"status" IN ('DRAFT','PUBLISHED')`)
@Check('CHK_assessment_period', `"period_to" > "period_from"`)
export class AssessmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_assessment' })
  id: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  @ForeignKey(() => PanelEntity, { name: 'FK_assessment_panel' })
  panelId: string;

  @Column({ name: 'period_from', type: 'date' })
  periodFrom: string;

  @Column({ name: 'period_to', type: 'date' })
  periodTo: string;

  /** The document's version number (1, 2, ...); a published one is never changed, a revision adds the next. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  /** Moves on at every change to the draft: the optimistic-lock token its edits are saved against. */
  @Column({ name: 'edit_version', type: 'integer', default: 1 })
  editVersion: number;

  @Column({ type: 'character varying', length: 10, default: 'DRAFT' })
  status: AssessmentStatus;

  /** The generated figures (see assessment-content.ts). */
  @Column({ type: 'jsonb' })
  content: Record<string, unknown>;

  /** The chair's notes by section, plain text. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  annotations: Record<string, string>;

  @Column({ name: 'published_at', type: 'timestamp with time zone', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;
}
