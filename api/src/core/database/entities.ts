import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { SessionEntity } from '../auth/session.entity.js';
import { SignInAttemptEntity } from '../auth/sign-in-attempt.entity.js';
import { AgencyEntity } from '../../modules/agencies/agency.entity.js';
import { MembershipEntity } from '../../modules/members/membership.entity.js';
import { UserEntity } from '../../modules/members/user.entity.js';
import { PanelEntity } from '../../modules/panels/panel.entity.js';

export const ENTITIES = [
  PanelEntity,
  AgencyEntity,
  UserEntity,
  MembershipEntity,
  SessionEntity,
  SignInAttemptEntity,
  AuditEventEntity,
];
