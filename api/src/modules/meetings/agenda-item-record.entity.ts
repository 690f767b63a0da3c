import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { AgendaRecordKind, SeedReason } from '@sentinel/shared';
import { AgendaItemEntity } from './agenda-item.entity.js';

/** A record an agenda item covers, with why the seeding put it there (null when added by hand). */
@Entity('agenda_item_record')
@Index('IDX_agenda_item_record_record', ['recordKind', 'recordId'])
@Check('CHK_agenda_item_record_kind', `"record_kind" IN ('TASK','OCG','REFERRAL','EMERGING_THREAT')`)
export class AgendaItemRecordEntity {
  @PrimaryColumn({ name: 'agenda_item_id', type: 'uuid', primaryKeyConstraintName: 'PK_agenda_item_record' })
  @ForeignKey(() => AgendaItemEntity, { name: 'FK_agenda_item_record_item', onDelete: 'CASCADE' })
  agendaItemId: string;

  @PrimaryColumn({ name: 'record_kind', type: 'character varying', length: 20, primaryKeyConstraintName: 'PK_agenda_item_record' })
  recordKind: AgendaRecordKind;

  @PrimaryColumn({ name: 'record_id', type: 'uuid', primaryKeyConstraintName: 'PK_agenda_item_record' })
  recordId: string;

  @Column({ type: 'character varying', length: 30, nullable: true })
  reason: SeedReason | null;

  @Column({ type: 'smallint', default: 0 })
  position: number;
}
