import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { NominalEntity } from '../nominals/nominal.entity.js';
import { DisruptionEntity } from './disruption.entity.js';

@Entity('disruption_nominal')
@Index('IDX_disruption_nominal_nominal', ['nominalId'])
export class DisruptionNominalEntity {
  @PrimaryColumn({ name: 'disruption_id', type: 'uuid', primaryKeyConstraintName: 'PK_disruption_nominal' })
  @ForeignKey(() => DisruptionEntity, { name: 'FK_disruption_nominal_disruption', onDelete: 'CASCADE' })
  disruptionId: string;

  @PrimaryColumn({ name: 'nominal_id', type: 'uuid', primaryKeyConstraintName: 'PK_disruption_nominal' })
  @ForeignKey(() => NominalEntity, { name: 'FK_disruption_nominal_nominal' })
  nominalId: string;
}
