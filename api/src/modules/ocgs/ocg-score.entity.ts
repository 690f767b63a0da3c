import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Confidence } from '@sentinel/shared';
import { OcgEntity } from './ocg.entity.js';

@Entity('ocg_score')
@Index('IDX_ocg_score_ocg', ['ocgId', 'scoredAt'])
@Check('CHK_ocg_score_confidence', `"confidence" IN ('LOW','MEDIUM','HIGH')`)
export class OcgScoreEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_ocg_score' })
  id: string;

  @Column({ name: 'ocg_id', type: 'uuid' })
  @ForeignKey(() => OcgEntity, { name: 'FK_ocg_score_ocg' })
  ocgId: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  panelId: string;

  @Column({ name: 'harm_physical', type: 'smallint' })
  harmPhysical: number;

  @Column({ name: 'harm_community', type: 'smallint' })
  harmCommunity: number;

  @Column({ name: 'harm_geographic', type: 'smallint' })
  harmGeographic: number;

  @Column({ name: 'harm_vulnerability', type: 'smallint' })
  harmVulnerability: number;

  @Column({ type: 'smallint' })
  likelihood: number;

  @Column({ type: 'smallint' })
  capability: number;

  @Column({ type: 'smallint' })
  capacity: number;

  @Column({ type: 'character varying', length: 10 })
  confidence: Confidence;

  @Column({ name: 'scale_max', type: 'smallint' })
  scaleMax: number;

  @Column({ type: 'integer' })
  total: number;

  @Column({ type: 'character varying', length: 60 })
  tier: string;

  @Column({ type: 'character varying', length: 2000, nullable: true })
  rationale: string | null;

  @Column({ name: 'scored_by', type: 'uuid', nullable: true })
  scoredBy: string | null;

  @Column({ name: 'scored_at', type: 'timestamp with time zone', default: () => 'now()' })
  scoredAt: Date;
}
