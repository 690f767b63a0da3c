import { Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { IntelligenceEntity } from './intelligence.entity.js';

/** An agency a handling-code C entry may be shown to. */
@Entity('intelligence_recipient')
@Index('IDX_intelligence_recipient_agency', ['agencyId'])
export class IntelligenceRecipientEntity {
  @PrimaryColumn({ name: 'intelligence_id', type: 'uuid', primaryKeyConstraintName: 'PK_intelligence_recipient' })
  @ForeignKey(() => IntelligenceEntity, { name: 'FK_intelligence_recipient_intelligence', onDelete: 'CASCADE' })
  intelligenceId: string;

  @PrimaryColumn({ name: 'agency_id', type: 'uuid', primaryKeyConstraintName: 'PK_intelligence_recipient' })
  @ForeignKey(() => AgencyEntity, { name: 'FK_intelligence_recipient_agency' })
  agencyId: string;
}
