import { Check, Column, Entity, ForeignKey, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '../../modules/members/user.entity.js';
import { SessionEntity } from './session.entity.js';

/** A person's authenticator app: its secret encrypted (second-factor-crypto.ts), and one being set up. */
@Entity('user_second_factor')
@Check('CHK_user_second_factor_enrolled', `("secret" IS NULL) = ("enrolled_at" IS NULL)`)
export class UserSecondFactorEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_user_second_factor' })
  @ForeignKey(() => UserEntity, { name: 'FK_user_second_factor_user' })
  userId: string;

  @Column({ type: 'text', nullable: true, select: false })
  secret: string | null;

  @Column({ name: 'enrolled_at', type: 'timestamp with time zone', nullable: true })
  enrolledAt: Date | null;

  /** The time step of the last code accepted: a code of that step or before is never accepted again. */
  @Column({ name: 'last_step', type: 'bigint', nullable: true })
  lastStep: string | null;

  @Column({ name: 'pending_secret', type: 'text', nullable: true, select: false })
  pendingSecret: string | null;

  @Column({ name: 'pending_at', type: 'timestamp with time zone', nullable: true })
  pendingAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;
}

/** One single-use recovery code, kept only as its SHA-256 hash. */
@Entity('second_factor_recovery_code')
@Unique('UQ_second_factor_recovery_code', ['userId', 'codeHash'])
export class SecondFactorRecoveryCodeEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'PK_second_factor_recovery_code' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  @ForeignKey(() => UserEntity, { name: 'FK_second_factor_recovery_code_user' })
  userId: string;

  @Column({ name: 'code_hash', type: 'character', length: 64 })
  codeHash: string;

  @Column({ name: 'used_at', type: 'timestamp with time zone', nullable: true })
  usedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;
}

/** The codes tried in one session, counted so that a session cannot guess without limit. */
@Entity('second_factor_attempt')
export class SecondFactorAttemptEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'PK_second_factor_attempt' })
  @ForeignKey(() => SessionEntity, { name: 'FK_second_factor_attempt_session' })
  sessionId: string;

  @Column({ type: 'integer', default: 0 })
  tries: number;
}
