import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { PanelEntity } from '../panels/panel.entity.js';

@Entity('vehicle')
@Unique('UQ_vehicle_panel_vrm', ['panelId', 'vrm'])
@Index('IDX_vehicle_folded', { synchronize: false })
export class VehicleEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_vehicle' })
  id: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  @ForeignKey(() => PanelEntity, { name: 'FK_vehicle_panel' })
  panelId: string;

  /** As entered, for display. */
  @Column({ type: 'character varying', length: 20 })
  registration: string;

  /** Upper-case letters and digits only. */
  @Column({ type: 'character varying', length: 20 })
  vrm: string;

  /** The normalised form with look-alike characters folded together. */
  @Column({ name: 'vrm_folded', type: 'character varying', length: 20 })
  vrmFolded: string;

  @Column({ type: 'character varying', length: 60, nullable: true })
  make: string | null;

  @Column({ type: 'character varying', length: 60, nullable: true })
  model: string | null;

  @Column({ type: 'character varying', length: 40, nullable: true })
  colour: string | null;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
