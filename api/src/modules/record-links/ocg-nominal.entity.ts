import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { NominalRole } from '@sentinel/shared';
import { NominalEntity } from '../nominals/nominal.entity.js';
import { OcgEntity } from '../ocgs/ocg.entity.js';

@Entity('ocg_nominal')
@Index('IDX_ocg_nominal_nominal', ['nominalId'])
@Check('CHK_ocg_nominal_role', `"role" IN ('PRINCIPAL','SIGNIFICANT','PERIPHERAL','ASSOCIATE')`)
export class OcgNominalEntity {
  @PrimaryColumn({ name: 'ocg_id', type: 'uuid', primaryKeyConstraintName: 'PK_ocg_nominal' })
  @ForeignKey(() => OcgEntity, { name: 'FK_ocg_nominal_ocg', onDelete: 'CASCADE' })
  ocgId: string;

  @PrimaryColumn({ name: 'nominal_id', type: 'uuid', primaryKeyConstraintName: 'PK_ocg_nominal' })
  @ForeignKey(() => NominalEntity, { name: 'FK_ocg_nominal_nominal', onDelete: 'CASCADE' })
  nominalId: string;

  @Column({ type: 'character varying', length: 20 })
  role: NominalRole;

  @Column({ name: 'added_at', type: 'timestamp with time zone', default: () => 'now()' })
  addedAt: Date;
}
