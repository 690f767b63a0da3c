import { AssessmentEntity } from '../../modules/assessments/assessment.entity.js';
import { EmergingThreatOutcomeEntity } from '../../modules/emerging-threats/emerging-threat-outcome.entity.js';
import { EmergingThreatEntity } from '../../modules/emerging-threats/emerging-threat.entity.js';
import { AgendaItemRecordEntity } from '../../modules/meetings/agenda-item-record.entity.js';
import { AgendaItemEntity } from '../../modules/meetings/agenda-item.entity.js';
import { MeetingAttendanceEntity } from '../../modules/meetings/meeting-attendance.entity.js';
import { MeetingMinutesEntity } from '../../modules/meetings/meeting-minutes.entity.js';
import { MeetingSeriesEntity } from '../../modules/meetings/meeting-series.entity.js';
import { MeetingEntity } from '../../modules/meetings/meeting.entity.js';
import { TaskReminderEntity } from '../../modules/tasks/task-reminder.entity.js';
import { TaskUpdateEntity } from '../../modules/tasks/task-update.entity.js';
import { TaskEntity } from '../../modules/tasks/task.entity.js';
import { DisruptionNominalEntity } from '../../modules/disruptions/disruption-nominal.entity.js';
import { DisruptionEntity } from '../../modules/disruptions/disruption.entity.js';
import { IntelligenceRecipientEntity } from '../../modules/intelligence/intelligence-recipient.entity.js';
import { IntelligenceEntity } from '../../modules/intelligence/intelligence.entity.js';
import { NominalEntity } from '../../modules/nominals/nominal.entity.js';
import { OcgNominalEntity } from '../../modules/record-links/ocg-nominal.entity.js';
import { OcgScoreEntity } from '../../modules/ocgs/ocg-score.entity.js';
import { OcgEntity } from '../../modules/ocgs/ocg.entity.js';
import { NominalPlaceEntity } from '../../modules/record-links/nominal-place.entity.js';
import { OcgPlaceEntity } from '../../modules/record-links/ocg-place.entity.js';
import { PlaceEntity } from '../../modules/places/place.entity.js';
import { OcgObjectiveEntity } from '../../modules/plans/ocg-objective.entity.js';
import { ReferralEntity } from '../../modules/referrals/referral.entity.js';
import { NominalVehicleEntity } from '../../modules/record-links/nominal-vehicle.entity.js';
import { OcgVehicleEntity } from '../../modules/record-links/ocg-vehicle.entity.js';
import { VehicleEntity } from '../../modules/vehicles/vehicle.entity.js';
import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { SessionEntity } from '../auth/session.entity.js';
import { IdentityProviderEntity } from '../auth/oidc/identity-provider.entity.js';
import { OidcSignInEntity } from '../auth/oidc/oidc-sign-in.entity.js';
import { PasswordChangeAttemptEntity } from '../auth/password-change-attempt.entity.js';
import { SignInAttemptEntity } from '../auth/sign-in-attempt.entity.js';
import { SecondFactorAttemptEntity, SecondFactorRecoveryCodeEntity, UserSecondFactorEntity } from '../auth/second-factor.entity.js';
import { AgencyEntity } from '../../modules/agencies/agency.entity.js';
import { MembershipEntity } from '../../modules/members/membership.entity.js';
import { UserEntity } from '../../modules/members/user.entity.js';
import { PanelEntity } from '../../modules/panels/panel.entity.js';

export const ENTITIES = [
  IdentityProviderEntity,
  OidcSignInEntity,
  PanelEntity,
  AssessmentEntity,
  AgencyEntity,
  UserEntity,
  MembershipEntity,
  SessionEntity,
  SignInAttemptEntity,
  PasswordChangeAttemptEntity,
  UserSecondFactorEntity,
  SecondFactorRecoveryCodeEntity,
  SecondFactorAttemptEntity,
  AuditEventEntity,
  OcgEntity,
  OcgScoreEntity,
  NominalEntity,
  OcgNominalEntity,
  VehicleEntity,
  OcgVehicleEntity,
  NominalVehicleEntity,
  PlaceEntity,
  OcgPlaceEntity,
  NominalPlaceEntity,
  IntelligenceEntity,
  IntelligenceRecipientEntity,
  OcgObjectiveEntity,
  DisruptionEntity,
  DisruptionNominalEntity,
  ReferralEntity,
  TaskEntity,
  TaskUpdateEntity,
  TaskReminderEntity,
  MeetingSeriesEntity,
  MeetingEntity,
  AgendaItemEntity,
  AgendaItemRecordEntity,
  MeetingAttendanceEntity,
  MeetingMinutesEntity,
  EmergingThreatEntity,
  EmergingThreatOutcomeEntity,
];
