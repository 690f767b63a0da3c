import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ChbPhase, PlaceKind } from '@sentinel/shared';
import { PanelEntity } from '../panels/panel.entity.js';

@Entity('place')
@Index('IDX_place_label_trgm', { synchronize: false })
@Index('IDX_place_panel_harm', ['panelId', 'highHarm'])
@Check('CHK_place_kind', `"kind" IN ('HOME','BUSINESS','PREMISES','HOTSPOT')`)
@Check('CHK_place_chb', `"chb_phase" IS NULL OR "chb_phase" IN ('CLEAR','HOLD','BUILD')`)
export class PlaceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_place' })
  id: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  @ForeignKey(() => PanelEntity, { name: 'FK_place_panel' })
  panelId: string;

  /** An address, or the name of an area. */
  @Column({ type: 'character varying', length: 300 })
  label: string;

  @Column({ type: 'character varying', length: 20 })
  kind: PlaceKind;

  @Column({ type: 'character varying', length: 100, nullable: true })
  area: string | null;

  @Column({ name: 'high_harm', type: 'boolean', default: false })
  highHarm: boolean;

  @Column({ name: 'chb_phase', type: 'character varying', length: 10, nullable: true })
  chbPhase: ChbPhase | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true })
  latitude: string | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true })
  longitude: string | null;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
