import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { OcgEntity } from '../ocgs/ocg.entity.js';
import { VehicleEntity } from '../vehicles/vehicle.entity.js';

/** Links an OCG to a vehicle. */
@Entity('ocg_vehicle')
@Index('IDX_ocg_vehicle_vehicle', ['vehicleId'])
export class OcgVehicleEntity {
  @PrimaryColumn({ name: 'ocg_id', type: 'uuid', primaryKeyConstraintName: 'PK_ocg_vehicle' })
  @ForeignKey(() => OcgEntity, { name: 'FK_ocg_vehicle_ocg', onDelete: 'CASCADE' })
  ocgId: string;

  @PrimaryColumn({ name: 'vehicle_id', type: 'uuid', primaryKeyConstraintName: 'PK_ocg_vehicle' })
  @ForeignKey(() => VehicleEntity, { name: 'FK_ocg_vehicle_vehicle', onDelete: 'CASCADE' })
  vehicleId: string;

  @Column({ name: 'added_at', type: 'timestamp with time zone', default: () => 'now()' })
  addedAt: Date;
}
