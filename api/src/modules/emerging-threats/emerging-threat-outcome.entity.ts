import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import type { EmergingThreatOutcome } from '@sentinel/shared';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { EmergingThreatEntity } from './emerging-threat.entity.js';

/** What a meeting did about an emerging threat, so coverage over meetings can be seen. */
@Entity('emerging_threat_outcome')
@Check('CHK_emerging_threat_outcome', `"outcome" IN ('DISCUSSED','TASKED','NO_ACTION')`)
export class EmergingThreatOutcomeEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid', primaryKeyConstraintName: 'PK_emerging_threat_outcome' })
  @ForeignKey(() => MeetingEntity, { name: 'FK_emerging_threat_outcome_meeting', onDelete: 'CASCADE' })
  meetingId: string;

  @PrimaryColumn({ name: 'emerging_threat_id', type: 'uuid', primaryKeyConstraintName: 'PK_emerging_threat_outcome' })
  @ForeignKey(() => EmergingThreatEntity, { name: 'FK_emerging_threat_outcome_threat', onDelete: 'CASCADE' })
  emergingThreatId: string;

  @Column({ type: 'character varying', length: 20 })
  outcome: EmergingThreatOutcome;

  @Column({ type: 'character varying', length: 1000, nullable: true })
  note: string | null;

  @Column({ name: 'recorded_at', type: 'timestamp with time zone', default: () => 'now()' })
  recordedAt: Date;
}
