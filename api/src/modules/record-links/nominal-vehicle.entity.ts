import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { NominalEntity } from '../nominals/nominal.entity.js';
import { VehicleEntity } from '../vehicles/vehicle.entity.js';

/** Links a nominal to a vehicle. */
@Entity('nominal_vehicle')
@Index('IDX_nominal_vehicle_vehicle', ['vehicleId'])
export class NominalVehicleEntity {
  @PrimaryColumn({ name: 'nominal_id', type: 'uuid', primaryKeyConstraintName: 'PK_nominal_vehicle' })
  @ForeignKey(() => NominalEntity, { name: 'FK_nominal_vehicle_nominal', onDelete: 'CASCADE' })
  nominalId: string;

  @PrimaryColumn({ name: 'vehicle_id', type: 'uuid', primaryKeyConstraintName: 'PK_nominal_vehicle' })
  @ForeignKey(() => VehicleEntity, { name: 'FK_nominal_vehicle_vehicle', onDelete: 'CASCADE' })
  vehicleId: string;

  @Column({ name: 'added_at', type: 'timestamp with time zone', default: () => 'now()' })
  addedAt: Date;
}
