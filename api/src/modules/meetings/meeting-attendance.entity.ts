import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { AttendanceReply, Presence } from '@sentinel/shared';
import { UserEntity } from '../members/user.entity.js';
import { MeetingEntity } from './meeting.entity.js';

/** A member's reply before a meeting and their presence at it, with the confidentiality acknowledgement. */
@Entity('meeting_attendance')
@Index('IDX_meeting_attendance_agency', ['agencyId'])
@Check('CHK_meeting_attendance_reply', `"reply" IS NULL OR "reply" IN ('ATTENDING','APOLOGIES')`)
@Check('CHK_meeting_attendance_presence', `"presence" IS NULL OR "presence" IN ('IN_PERSON','REMOTE','ABSENT')`)
export class MeetingAttendanceEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid', primaryKeyConstraintName: 'PK_meeting_attendance' })
  @ForeignKey(() => MeetingEntity, { name: 'FK_meeting_attendance_meeting', onDelete: 'CASCADE' })
  meetingId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_meeting_attendance' })
  @ForeignKey(() => UserEntity, { name: 'FK_meeting_attendance_user' })
  userId: string;

  /** The agency the person attended for, kept as it was at the time. */
  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId: string | null;

  @Column({ type: 'character varying', length: 10, nullable: true })
  reply: AttendanceReply | null;

  @Column({ name: 'substitute_user_id', type: 'uuid', nullable: true })
  @ForeignKey(() => UserEntity, { name: 'FK_meeting_attendance_substitute' })
  substituteUserId: string | null;

  @Column({ name: 'replied_at', type: 'timestamp with time zone', nullable: true })
  repliedAt: Date | null;

  @Column({ type: 'character varying', length: 10, nullable: true })
  presence: Presence | null;

  @Column({ name: 'confidentiality_acknowledged_at', type: 'timestamp with time zone', nullable: true })
  confidentialityAcknowledgedAt: Date | null;

  @Column({ name: 'marked_by', type: 'uuid', nullable: true })
  markedBy: string | null;

  @Column({ name: 'marked_at', type: 'timestamp with time zone', nullable: true })
  markedAt: Date | null;
}
