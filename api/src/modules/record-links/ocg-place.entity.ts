import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { OcgEntity } from '../ocgs/ocg.entity.js';
import { PlaceEntity } from '../places/place.entity.js';

/** Links an OCG to a place. */
@Entity('ocg_place')
@Index('IDX_ocg_place_place', ['placeId'])
export class OcgPlaceEntity {
  @PrimaryColumn({ name: 'ocg_id', type: 'uuid', primaryKeyConstraintName: 'PK_ocg_place' })
  @ForeignKey(() => OcgEntity, { name: 'FK_ocg_place_ocg', onDelete: 'CASCADE' })
  ocgId: string;

  @PrimaryColumn({ name: 'place_id', type: 'uuid', primaryKeyConstraintName: 'PK_ocg_place' })
  @ForeignKey(() => PlaceEntity, { name: 'FK_ocg_place_place', onDelete: 'CASCADE' })
  placeId: string;

  @Column({ name: 'added_at', type: 'timestamp with time zone', default: () => 'now()' })
  addedAt: Date;
}
