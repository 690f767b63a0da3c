import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '../../modules/members/user.entity.js';

@Entity('user_session')
@Unique('UQ_user_session_token', ['tokenHash'])
@Index('IDX_user_session_user', { synchronize: false })
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_user_session' })
  id: string;

  @Column({ name: 'token_hash', type: 'character', length: 64 })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'uuid' })
  @ForeignKey(() => UserEntity, { name: 'FK_user_session_user' })
  userId: string;

  @Column({ name: 'auth_method', type: 'character varying', length: 20, default: 'PASSWORD' })
  authMethod: string;

  @Column({ name: 'second_factor_at', type: 'timestamp with time zone', nullable: true })
  secondFactorAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamp with time zone', default: () => 'now()' })
  lastSeenAt: Date;

  @Column({ name: 'ended_at', type: 'timestamp with time zone', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'end_reason', type: 'character varying', length: 20, nullable: true })
  endReason: string | null;
}
