import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../modules/members/user.entity.js';

@Entity('password_change_attempt')
@Index('IDX_password_change_attempt_user', ['userId', 'at'])
export class PasswordChangeAttemptEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'PK_password_change_attempt' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  @ForeignKey(() => UserEntity, { name: 'FK_password_change_attempt_user' })
  userId: string;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @Column({ type: 'timestamp with time zone', default: () => 'now()' })
  at: Date;
}
