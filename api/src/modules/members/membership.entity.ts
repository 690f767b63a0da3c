import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PanelRole } from '@sentinel/shared';
import { PanelEntity } from '../panels/panel.entity.js';
import { UserEntity } from './user.entity.js';

@Entity('membership')
@Unique('UQ_membership_panel_user', ['panelId', 'userId'])
@Index('IDX_membership_user', ['userId'])
@Check('CHK_membership_role', `"role" IN ('CHAIR','COORDINATOR','POLICE_MEMBER','PARTNER_MEMBER','OBSERVER','DATA_PROTECTION_OFFICER')`)
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_membership' })
  id: string;

  @Column({ name: 'panel_id', type: 'uuid' })
  @ForeignKey(() => PanelEntity, { name: 'FK_membership_panel' })
  panelId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  @ForeignKey(() => UserEntity, { name: 'FK_membership_user' })
  userId: string;

  @Column({ type: 'character varying', length: 30 })
  role: PanelRole;

  @Column({ name: 'created_at', type: 'timestamp with time zone', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamp with time zone', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'access_confirmed_at', type: 'timestamp with time zone', nullable: true })
  accessConfirmedAt: Date | null;

  @Column({ name: 'access_confirmed_by', type: 'uuid', nullable: true })
  @ForeignKey(() => UserEntity, { name: 'FK_membership_access_confirmed_by', onDelete: 'SET NULL' })
  accessConfirmedBy: string | null;
}
