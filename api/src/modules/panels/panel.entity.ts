import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { TierRule } from '@sentinel/shared';

@Entity('panel')
@Unique('UQ_panel_code', ['code'])
@Check('CHK_panel_scale', `"score_scale_max" BETWEEN 3 AND 10`)
export class PanelEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_panel' })
  id: string;

  @Column({ type: 'character varying', length: 20 })
  code: string;

  @Column({ type: 'character varying', length: 200 })
  name: string;

  @Column({ name: 'force_name', type: 'character varying', length: 200 })
  forceName: string;

  @Column({ name: 'score_scale_max', type: 'smallint', default: 5 })
  scoreScaleMax: number;

  @Column({
    type: 'jsonb',
    default: () => `'[{"name": "Tier 1", "minTotal": 60}, {"name": "Tier 2", "minTotal": 30}, {"name": "Tier 3", "minTotal": 0}]'`,
  })
  tiers: TierRule[];

  @Column({ name: 'next_ocg_number', type: 'integer', default: 1, select: false })
  nextOcgNumber: number;

  @Column({ name: 'next_nominal_number', type: 'integer', default: 1, select: false })
  nextNominalNumber: number;

  @Column({ name: 'next_referral_number', type: 'integer', default: 1, select: false })
  nextReferralNumber: number;

  @Column({ name: 'next_task_number', type: 'integer', default: 1, select: false })
  nextTaskNumber: number;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'disabled_at', type: 'timestamp with time zone', nullable: true })
  disabledAt: Date | null;
}
