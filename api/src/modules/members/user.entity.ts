import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AgencyEntity } from '../agencies/agency.entity.js';

@Entity('app_user')
@Index('UQ_app_user_email', { synchronize: false })
@Index('IDX_app_user_agency', ['agencyId'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_app_user' })
  id: string;

  @Column({ type: 'character varying', length: 254 })
  email: string;

  @Column({ type: 'character varying', length: 200 })
  name: string;

  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  @ForeignKey(() => AgencyEntity, { name: 'FK_app_user_agency' })
  agencyId: string | null;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ name: 'is_admin', type: 'boolean', default: false })
  isAdmin: boolean;

  @Column({ name: 'reminders_enabled', type: 'boolean', default: true })
  remindersEnabled: boolean;

  @Column({ name: 'disabled_at', type: 'timestamp with time zone', nullable: true })
  disabledAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
