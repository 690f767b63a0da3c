import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { NominalEntity } from '../nominals/nominal.entity.js';
import { PlaceEntity } from '../places/place.entity.js';

/** Links a nominal to a place. */
@Entity('nominal_place')
@Index('IDX_nominal_place_place', ['placeId'])
export class NominalPlaceEntity {
  @PrimaryColumn({ name: 'nominal_id', type: 'uuid', primaryKeyConstraintName: 'PK_nominal_place' })
  @ForeignKey(() => NominalEntity, { name: 'FK_nominal_place_nominal', onDelete: 'CASCADE' })
  nominalId: string;

  @PrimaryColumn({ name: 'place_id', type: 'uuid', primaryKeyConstraintName: 'PK_nominal_place' })
  @ForeignKey(() => PlaceEntity, { name: 'FK_nominal_place_place', onDelete: 'CASCADE' })
  placeId: string;

  @Column({ name: 'added_at', type: 'timestamp with time zone', default: () => 'now()' })
  addedAt: Date;
}
