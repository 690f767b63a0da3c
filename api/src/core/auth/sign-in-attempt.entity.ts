import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('sign_in_attempt')
@Index('IDX_sign_in_attempt_email', ['emailKey', 'at'])
@Index('IDX_sign_in_attempt_ip', ['ip', 'at'])
export class SignInAttemptEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'PK_sign_in_attempt' })
  id: string;

  @Column({ name: 'email_key', type: 'character', length: 64 })
  emailKey: string;

  @Column({ type: 'character varying', length: 64 })
  ip: string;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @Column({ type: 'timestamp with time zone', default: () => 'now()' })
  at: Date;
}
